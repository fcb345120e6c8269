-- Beskæftigelsesministerens mål for 2024, as listed in Aalborg's Beskæftigelsesplan 2024 (seed 003).
insert into results.goal (number, title_da, title_en, source) values
 (1, 'Alle ledige skal have en værdig sagsbehandling', 'All unemployed people must have dignified case handling', 'Beskæftigelsesplan 2024, Aalborg Kommune: Beskæftigelsesministerens mål for 2024'),
 (2, 'Flere ledige skal opkvalificeres', 'More unemployed people must be upskilled', 'Beskæftigelsesplan 2024, Aalborg Kommune: Beskæftigelsesministerens mål for 2024'),
 (3, 'Flere flygtninge og familiesammenførte skal være selvforsørgende', 'More refugees and reunited family members must support themselves', 'Beskæftigelsesplan 2024, Aalborg Kommune: Beskæftigelsesministerens mål for 2024'),
 (4, 'Flere personer med handicap skal i beskæftigelse', 'More people with disabilities must be in employment', 'Beskæftigelsesplan 2024, Aalborg Kommune: Beskæftigelsesministerens mål for 2024'),
 (5, 'Virksomhederne skal sikres den nødvendige og kvalificerede arbejdskraft', 'Companies must be ensured the necessary and qualified labour', 'Beskæftigelsesplan 2024, Aalborg Kommune: Beskæftigelsesministerens mål for 2024');

-- Jobcenter Aalborg's targets for 2024 (seed 003), each under the minister's goal it serves.
insert into results.kpi (id, municipality_code, goal, name_da, name_en, measure, target_kind, position) values
 ('8b1f3c1e-0001-4000-8000-000000000851', 851, 1, 'Borgere afsluttet til job eller uddannelse', 'Citizens finished to job or education', 'EXITS_FROM_PUBLIC_SUPPORT', 'MONTHLY_AVERAGE', 1),
 ('8b1f3c1e-0002-4000-8000-000000000851', 851, 2, 'Nye voksenlærlingeforløb', 'New adult apprenticeships', 'ADULT_APPRENTICESHIPS_STARTED', 'MONTHLY_AVERAGE', 2),
 ('8b1f3c1e-0003-4000-8000-000000000851', 851, 3, 'Nye forløb med ordinære timer', 'New courses with ordinary hours', 'ORDINARY_HOURS_STARTED', 'MONTHLY_AVERAGE', 3),
 ('8b1f3c1e-0004-4000-8000-000000000851', 851, 4, 'Tilgang til fleksjobordningen', 'New flex jobs', 'FLEXJOB_ENTRIES', 'YEAR_TOTAL', 4),
 ('8b1f3c1e-0005-4000-8000-000000000851', 851, 4, 'Borgere med bevilget personlig assistance', 'Citizens with personal assistance granted', 'PERSONAL_ASSISTANCE_GRANTED', 'MONTHLY_AVERAGE', 5),
 ('8b1f3c1e-0006-4000-8000-000000000851', 851, 5, 'Besatte ordinære job', 'Ordinary jobs filled', 'ORDINARY_JOBS_FILLED', 'YEAR_TOTAL', 6),
 ('8b1f3c1e-0007-4000-8000-000000000851', 851, 5, 'Nye virksomhedspraktikker og løntilskud', 'New internships and wage-subsidy jobs', 'INTERNSHIPS_AND_WAGE_SUBSIDIES_STARTED', 'MONTHLY_AVERAGE', 7);

insert into results.kpi_target (kpi, year, target, source) values
 ('8b1f3c1e-0001-4000-8000-000000000851', 2024, 1287, 'Beskæftigelsesplan 2024: gennemsnitligt 1.287 borgere afsluttet til job eller uddannelse om måneden'),
 ('8b1f3c1e-0002-4000-8000-000000000851', 2024, 50, 'Beskæftigelsesplan 2024: gennemsnitligt 50 voksenlærlingeforløb om måneden'),
 ('8b1f3c1e-0003-4000-8000-000000000851', 2024, 118, 'Beskæftigelsesplan 2024: gennemsnitligt 118 forløb med ordinære timer om måneden'),
 ('8b1f3c1e-0004-4000-8000-000000000851', 2024, 550, 'Beskæftigelsesplan 2024: en tilgang til fleksjobordningen på mindst 550 borgere'),
 ('8b1f3c1e-0005-4000-8000-000000000851', 2024, 175, 'Beskæftigelsesplan 2024: gennemsnitligt mindst 175 borgere med bevilget personlig assistent per måned'),
 ('8b1f3c1e-0006-4000-8000-000000000851', 2024, 1650, 'Beskæftigelsesplan 2024: 1.650 besatte ordinære job'),
 ('8b1f3c1e-0007-4000-8000-000000000851', 2024, 613, 'Beskæftigelsesplan 2024: gennemsnitligt 613 virksomhedspraktikker og løntilskud om måneden');

-- The labour force behind seed 000's share: 24,411 full-time persons were 24.1 % of Aalborg's
-- labour force in June 2018, and 649,095 were 23.8 % of the whole country's.
insert into results.labour_force (municipality_code, year, persons, source) values
 (851, 2018, 101290, 'Afledt af seed 000, Nøgletal juni 2018: 24.411 fuldtidspersoner = 24,1 % af arbejdsstyrken (24.411 / 0,241). Erstat med Danmarks Statistiks arbejdsstyrke for året.');
