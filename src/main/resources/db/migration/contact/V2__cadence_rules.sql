-- Cadence rules of the contact course as data (see docs/modules/contact.md). A rule says, for
-- citizens matching its criteria, who holds conversations in a window of weeks on the current
-- benefit (counted from the first day of the benefit run) and how often. Each rule holds from
-- valid_from to valid_to (both days included; null = still in force) and is compared with the day
-- of evaluation (in_force_by = 'DAY') or with the first day of the benefit run (in_force_by =
-- 'ANCHOR', for rules that apply to courses begun after a date). Per week, the most specific
-- matching rule wins (municipality, variant, programme, category, benefit or target group), then the
-- newest. certainty: V verified in the legal text or an official page, S secondary (a seed or a
-- municipal page), U unverified; a U rule is data precisely so it can be corrected without code.
-- Jobvej's rule data begins on 1 January 2020 (the new LAB, lov 548/2019).
create table contact.cadence_rule (
    code                varchar(40) primary key,
    municipality_code   integer,
    variant             varchar(20)  not null default 'STANDARD' check (variant in ('STANDARD', 'FRIKOMMUNE')),
    benefit             varchar(40),
    target_group        varchar(40),
    visitation_category varchar(40),
    programme           varchar(40),
    from_week           integer      not null check (from_week >= 0),
    to_week             integer,
    responsible         varchar(20)  not null check (responsible in ('JOBCENTER', 'AKASSE')),
    first_due_days      integer,
    interval_value      integer,
    interval_unit       varchar(20)  check (interval_unit in ('DAYS', 'WEEKS', 'MONTHS', 'ISO_WEEKS')),
    agreed              boolean      not null default false,
    min_count           integer,
    portfolio_target    integer      check (portfolio_target between 1 and 100),
    valid_from          date         not null,
    valid_to            date,
    in_force_by         varchar(10)  not null default 'DAY' check (in_force_by in ('DAY', 'ANCHOR')),
    source              varchar(600) not null,
    certainty           char(1)      not null check (certainty in ('V', 'S', 'U')),
    check (to_week is null or to_week > from_week),
    check (responsible = 'AKASSE' or (interval_value > 0 and interval_unit is not null))
);

insert into contact.cadence_rule (code, municipality_code, variant, benefit, target_group, visitation_category, programme,
    from_week, to_week, responsible, first_due_days, interval_value, interval_unit, agreed, min_count, portfolio_target,
    valid_from, valid_to, in_force_by, source, certainty) values
-- LAB § 6 nr. 1, dagpenge, courses begun 2020-2023
('DP-2020-A', null, 'STANDARD', null, 'LAB_6_1', null, null, 0, 26, 'JOBCENTER', null, 4, 'WEEKS', false, 6, null, '2020-01-01', '2023-12-31', 'ANCHOR',
 'LAB § 31 stk. 1-2 (LBK 701/2022): at least 4 individual and 2 joint job conversations in the first 6 months, STAR: 6 in the jobcenter [V]; every 4 weeks: seed 001 (action plan for job-ready, 2018)', 'V'),
('DP-2020-B', null, 'STANDARD', null, 'LAB_6_1', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', '2023-12-31', 'ANCHOR',
 'LAB § 32: after 6 months the course is agreed, the citizen may ask for a conversation [V]; every 3 months: seed 001 (the usual cadence, "for de fleste hver 3. måned") [S]', 'S'),
-- dagpenge, courses begun from 1 January 2024: the a-kasse has the first 3 months
('DP-2024-A', null, 'STANDARD', null, 'LAB_6_1', null, null, 0, 13, 'AKASSE', null, null, null, false, 3, null, '2024-01-01', null, 'ANCHOR',
 'LAB § 31 stk. 1 and 4 (LBK 280/2024, lov 727/2023): the a-kasse holds at least 3 job conversations in the first 3 months, the first within 2 weeks [V]; hand-over after 13 weeks (the 410-hour hand-over is S, its legal basis U)', 'V'),
('DP-2024-B', null, 'STANDARD', null, 'LAB_6_1', null, null, 13, 26, 'JOBCENTER', 7, 4, 'WEEKS', false, 3, null, '2024-01-01', null, 'ANCHOR',
 'LAB § 31 stk. 1 (LBK 280/2024): the jobcenter holds at least 3 before 6 months [V]; first in the week after hand-over: seed 003 ("fra uge 14") [S]; every 4 weeks: seed 001 [S]', 'V'),
('DP-2024-C', null, 'STANDARD', null, 'LAB_6_1', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2024-01-01', null, 'ANCHOR',
 'LAB § 32 (LBK 280/2024): agreed after 6 months [V]; every 3 months: seed 001 [S]', 'S'),
-- dimittends on dagpenge from 1 January 2024 (seed 003)
('DIM-2024-A', null, 'STANDARD', null, 'LAB_6_1', null, 'DIMITTEND', 0, 13, 'AKASSE', null, null, null, false, null, null, '2024-01-01', null, 'ANCHOR',
 'Seed 003: "Indsatsen for forsikrede ledige, herunder dimittenderne, overgår fra 1. januar 2024 til a-kasserne i de første 13 uger" [S]; LAB § 31 (LBK 280/2024) [V]', 'S'),
('DIM-2024-B', null, 'STANDARD', null, 'LAB_6_1', null, 'DIMITTEND', 13, 52, 'JOBCENTER', 7, 4, 'WEEKS', false, null, null, '2024-01-01', null, 'ANCHOR',
 'Seed 003: the jobcenter has the dimittends'' contact course "fra uge 14 og indtil uge 52" (dimittend rate for 1 year) [S]; every 4 weeks: seed 001 [S]', 'S'),
-- dagpenge from 1 July 2026: 75 % target (lov 1750/2025)
('DP-2026-A', null, 'STANDARD', null, 'LAB_6_1', null, null, 0, 13, 'AKASSE', null, null, null, false, 2, 75, '2026-07-01', null, 'DAY',
 'lov 1750/2025 (L 66 2025-26), contact course in force 1 July 2026: the a-kasse holds at least 2 conversations with at least 75 % in the first 3 months [V]', 'V'),
('DP-2026-B', null, 'STANDARD', null, 'LAB_6_1', null, null, 13, 26, 'JOBCENTER', 7, 6, 'WEEKS', false, 2, 75, '2026-07-01', null, 'DAY',
 'lov 1750/2025: at least 2 municipal job conversations between the transfer from the a-kasse and 6 months, for at least 75 % (up to 25 % exempted by individual assessment) [V]; every 6 weeks keeps 2 in 13 weeks (local choice)', 'V'),
('DP-2026-C', null, 'STANDARD', null, 'LAB_6_1', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2026-07-01', null, 'DAY',
 'LAB § 32 retained (16-month a-kasse conversation retained, STAR) [V]; every 3 months: seed 001 [S]', 'S'),
-- LAB § 6 nr. 2: job-ready cash benefit
('KH2-2020-A', null, 'STANDARD', null, 'LAB_6_2', null, null, 0, 26, 'JOBCENTER', 7, 6, 'WEEKS', false, 4, null, '2020-01-01', '2026-06-30', 'DAY',
 'LAB § 31 stk. 3 and 5 (LBK 280/2024; stk. 3 in LBK 701/2022): at least 4 in 6 months, the first no later than 1 week after the request for help [V]; every 6 weeks keeps 4 in 26 weeks (local choice)', 'V'),
('KH2-2026-A', null, 'STANDARD', null, 'LAB_6_2', null, null, 0, 26, 'JOBCENTER', 7, 6, 'WEEKS', false, 4, 75, '2026-07-01', null, 'DAY',
 'lov 1750/2025: at least 4 in 6 months for the at least 75 % of job-ready cash-benefit recipients, a first conversation for all [V]; the 1-week deadline after 1 July 2026 is U', 'U'),
('KH2-B', null, 'STANDARD', null, 'LAB_6_2', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32: agreed after 6 months [V]; every 3 months: seed 001 [S]', 'S'),
-- Aalborg's local practice (seed 001, action plan of 20 March 2018): job-ready every 4 weeks in the first 6 months
('AAL-KH2-A', 851, 'STANDARD', null, 'LAB_6_2', null, null, 0, 26, 'JOBCENTER', 7, 4, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'Seed 001: the same cadence for job-ready cash-benefit recipients as for insured unemployed, "minimum hver 4. uge i de første 6 måneder" [S]; first within 1 week: LAB § 31 stk. 5 [V]', 'S'),
-- LAB § 6 nr. 3-5: activity-ready cash benefit, education benefit (first within 1 week)
('KH3-A', null, 'STANDARD', null, 'LAB_6_3', null, null, 0, 26, 'JOBCENTER', 7, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3 and 5: at least 4 in 6 months, the first within 1 week [V]; after 1 July 2026 U', 'V'),
('KH3-B', null, 'STANDARD', null, 'LAB_6_3', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 (Flere Skal Med: "samtalen med borgeren for de fleste sker hver 3. måned") [S]', 'S'),
('UNG4-A', null, 'STANDARD', null, 'LAB_6_4', null, null, 0, 26, 'JOBCENTER', 7, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3 and 5: at least 4 in 6 months, the first within 1 week [V]; LAB § 6 nr. 4 after 1 July 2025 U', 'V'),
('UNG4-B', null, 'STANDARD', null, 'LAB_6_4', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 [S]', 'S'),
('UNG5-A', null, 'STANDARD', null, 'LAB_6_5', null, null, 0, 26, 'JOBCENTER', 7, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3 and 5: at least 4 in 6 months, the first within 1 week [V]', 'V'),
('UNG5-B', null, 'STANDARD', null, 'LAB_6_5', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 [S]', 'S'),
-- LAB § 6 nr. 6: sickness benefit (first follow-up by the end of week 8)
('SDP-A', null, 'STANDARD', null, 'LAB_6_6', null, null, 0, 26, 'JOBCENTER', 55, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'SDL § 13 b stk. 1 (LBK 1179/2023): at least 4 follow-ups in the first half year, the first by the end of week 8 [V]; counted here from the first day of the benefit period, not of the absence; 2025-26 changes (L 74, lov 1750/2025) U', 'V'),
('SDP-B', null, 'STANDARD', null, 'LAB_6_6', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'SDL § 13 b: after 6 months follow-up is agreed [V]; every 3 months: local choice [S]', 'S'),
-- LAB § 6 nr. 7, 8, 10 and ledighedsydelse (nr. 9): at least 4 in 6 months
('JAF7-A', null, 'STANDARD', null, 'LAB_6_7', null, null, 0, 26, 'JOBCENTER', null, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3: at least 4 in 6 months [V]', 'V'),
('JAF7-B', null, 'STANDARD', null, 'LAB_6_7', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 [S]', 'S'),
('RF8-A', null, 'STANDARD', null, 'LAB_6_8', null, null, 0, 26, 'JOBCENTER', null, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3: at least 4 in 6 months [V]; no new resource courses after the 2026 reform [V]', 'V'),
('RF8-B', null, 'STANDARD', null, 'LAB_6_8', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 [S]', 'S'),
('LY9-A', null, 'STANDARD', 'LEDIGHEDSYDELSE', 'LAB_6_9', null, null, 0, 26, 'JOBCENTER', null, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3: at least 4 in 6 months for nr. 9 on ledighedsydelse [V]; from 1 July 2026 job-ready under the 75 % target [V], details U', 'V'),
('LY9-B', null, 'STANDARD', 'LEDIGHEDSYDELSE', 'LAB_6_9', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 [S]', 'S'),
('REV10-A', null, 'STANDARD', null, 'LAB_6_10', null, null, 0, 26, 'JOBCENTER', null, 6, 'WEEKS', false, 4, null, '2020-01-01', null, 'DAY',
 'LAB § 31 stk. 3: at least 4 in 6 months [V]', 'V'),
('REV10-B', null, 'STANDARD', null, 'LAB_6_10', null, null, 26, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'LAB § 32 [V]; every 3 months: seed 001 [S]', 'S'),
-- Integration Act: the contact rules were not researched (reference notes: U)
('INT-A', null, 'STANDARD', null, 'INTEGRATION_ACT', null, null, 0, null, 'JOBCENTER', null, 3, 'MONTHS', false, null, null, '2020-01-01', null, 'DAY',
 'Integrationsloven: contact rules not researched [U]; every 3 months as the usual cadence of seed 001 [S]', 'U'),
-- JobFirst (seed 004): at least weekly contact, whatever the benefit
('JOBFIRST', null, 'STANDARD', null, null, null, 'JOBFIRST', 0, null, 'JOBCENTER', 7, 1, 'ISO_WEEKS', false, null, null, '2020-01-01', null, 'DAY',
 'Seed 004 (JobFirst): "minimum ugentligt kontakt og månedlige opfølgningsmøder"; contact at least once in every calendar week (ISO week) [S]', 'S'),
-- The free-municipality variant (seed 002, Frikommuneforsøg II): freedom to choose form, content and
-- cadence; the conversation is agreed, with a longest gap of 6 months (local choice). The legal cover
-- ended with 2022 (seed 002: "Lovhjælmen til forsøgene ophører til nytår", 29 November 2022).
('FRI-1', null, 'FRIKOMMUNE', null, 'LAB_6_1', null, null, 0, null, 'JOBCENTER', null, 6, 'MONTHS', true, null, null, '2020-01-01', '2022-12-31', 'DAY',
 'Seed 002: "Forsøg med samtaler; frihed til at vælge form, indhold og kadence", Frikommuneforsøg II 2016-2020, extended to the end of 2022 [S]; longest gap 6 months: local choice [U]', 'S'),
('FRI-2', null, 'FRIKOMMUNE', null, 'LAB_6_2', null, null, 0, null, 'JOBCENTER', null, 6, 'MONTHS', true, null, null, '2020-01-01', '2022-12-31', 'DAY',
 'Seed 002, as FRI-1 [S]', 'S'),
('FRI-3', null, 'FRIKOMMUNE', null, 'LAB_6_3', null, null, 0, null, 'JOBCENTER', null, 6, 'MONTHS', true, null, null, '2020-01-01', '2022-12-31', 'DAY',
 'Seed 002, as FRI-1 [S]', 'S'),
('FRI-4', null, 'FRIKOMMUNE', null, 'LAB_6_4', null, null, 0, null, 'JOBCENTER', null, 6, 'MONTHS', true, null, null, '2020-01-01', '2022-12-31', 'DAY',
 'Seed 002, as FRI-1 [S]', 'S'),
('FRI-5', null, 'FRIKOMMUNE', null, 'LAB_6_5', null, null, 0, null, 'JOBCENTER', null, 6, 'MONTHS', true, null, null, '2020-01-01', '2022-12-31', 'DAY',
 'Seed 002, as FRI-1 [S]', 'S');

-- Which municipality runs the free-municipality variant for which target group, and when. Empty by
-- default: a municipality switches the variant on with a row (or PUT /api/v1/cadence-variants).
create table contact.cadence_variant (
    municipality_code integer     not null,
    target_group      varchar(40) not null,
    valid_from        date        not null,
    valid_to          date,
    changed_by        varchar(100) not null,
    changed_at        timestamp with time zone not null,
    primary key (municipality_code, target_group, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);
