-- The rules of the youth module as of November 2026, from reference/danish_rules.md (sections
-- 0, 1, 5 and 8) and seeds 001 and 003. Rows marked U or S may be changed on /admin/regler/unge.
insert into youth.rule (code, kind, subject, value, valid_from, valid_to, transition, certainty, source, note) values
-- Who gets an education order: benefit:category, value = the age the person must be under
('eligible.uddannelseshjaelp.2014', 'ORDER_ELIGIBLE', 'UDDANNELSESHJAELP:*', '30', '2014-01-01', '2025-06-30', 'KEEP', 'V', 'LAB § 30 stk. 1 (LBK 280/2024); seed 001', 'All education-benefit recipients (§ 6 nr. 4-5) under 30 without a vocational qualification, unless in the job-oriented effort of § 30 a.'),
('eligible.kontanthjaelp-uddannelsesparat.2025', 'ORDER_ELIGIBLE', 'KONTANTHJAELP:UDDANNELSESPARAT', '30', '2025-07-01', '2026-12-31', 'KEEP', 'U', 'lov 1655/2024 (new cash-benefit system); reference section 1', 'Education benefit became cash benefit on 1 Jul 2025; the post-reform wording of § 6 nr. 4-5 is not verified.'),
('eligible.kontanthjaelp-aabenlyst.2025', 'ORDER_ELIGIBLE', 'KONTANTHJAELP:AABENLYST_UDDANNELSESPARAT', '30', '2025-07-01', '2026-12-31', 'KEEP', 'U', 'lov 1655/2024; reference section 1', 'As above.'),
('eligible.kontanthjaelp-aktivitetsparat.2025', 'ORDER_ELIGIBLE', 'KONTANTHJAELP:AKTIVITETSPARAT', '30', '2025-07-01', '2026-12-31', 'KEEP', 'U', 'lov 1655/2024; reference section 1', 'Activity-ready under 30 without a qualification (former § 6 nr. 5).'),
('eligible.dagpenge.2014', 'ORDER_ELIGIBLE', 'A_DAGPENGE:*', '25', '2014-01-01', '2026-12-31', 'KEEP', 'V', 'LAB § 30 stk. 1-2', 'Dagpenge recipients under 25 without a vocational qualification and without children at home, if the jobcenter judges they can complete an education.'),
-- When orders may be issued, and whether running orders stay in force
('orders.new.2014', 'NEW_ORDERS', 'ALL', 'true', '2014-01-01', '2026-12-31', 'KEEP', 'V', 'LAB § 30; seed 001', ''),
('orders.new.2027', 'NEW_ORDERS', 'ALL', 'false', '2027-01-01', null, 'KEEP', 'U', 'STAR, beskæftigelsesreform fase 2 ("forventes")', 'The education order is expected to be abolished on 1 Jan 2027 with the new main act; not yet enacted.'),
('orders.inforce.2014', 'ORDER_IN_FORCE', 'ALL', 'true', '2014-01-01', '2026-12-31', 'KEEP', 'V', 'LAB § 30', ''),
('orders.inforce.2027', 'ORDER_IN_FORCE', 'ALL', 'false', '2027-01-01', null, 'SWITCH', 'U', 'STAR, beskæftigelsesreform fase 2 ("forventes")', 'Expected abolition; the transition for running orders is not known: Jobvej ends their deadlines on the day.'),
-- The FVU (reading, writing and maths) test
('fvu.deadline.2014', 'FVU_TEST_DEADLINE', 'ALL', 'P1M', '2014-01-01', null, 'KEEP', 'S', 'STAR Q&A (reference section 5.6)', 'Education-benefit recipients are tested within 1 month of the first request; the first day of the rule is not known.'),
-- The seniority figure and its local target (seed 001)
('seniority.weeks.2018', 'SENIORITY_WEEKS', 'ALL', '52', '2018-01-01', null, 'KEEP', 'L', 'seed 001', 'Young people with 52 weeks of seniority in the education-ready groups.'),
('seniority.target.2018', 'SENIORITY_TARGET', 'ALL', '100', '2018-01-01', null, 'KEEP', 'L', 'seed 001', 'Target: fewer than 100 (238 at the end of September 2017).'),
-- Leisure jobs (seed 003)
('leisure.age.min', 'LEISURE_AGE_MIN', 'ALL', '13', '2020-01-01', null, 'KEEP', 'L', 'seed 003', 'The leisure-job figure counts 13-17-year-olds.'),
('leisure.age.max', 'LEISURE_AGE_MAX', 'ALL', '17', '2020-01-01', null, 'KEEP', 'L', 'seed 003', '');
