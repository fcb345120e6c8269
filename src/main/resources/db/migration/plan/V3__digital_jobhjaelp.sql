-- Digital Jobhjælp: a self-help library open at all hours on Min side. The topics are the ones
-- seed 003 (Beskæftigelsesplan 2024, "Digital Jobhjælp") lists: applications, CV, LinkedIn,
-- networking, job interviews, health offers and ChatGPT. The texts are written for Jobvej.
-- Steps are separated by line breaks; the citizen ticks them off.
insert into plan.help_item (code, topic, position, minutes, title_da, title_en, summary_da, summary_en, body_da, body_en, steps_da, steps_en, source) values
('CV', 'CV', 1, 20,
 'Lav et CV, der viser, hvad du kan',
 'Make a CV that shows what you can do',
 'Et godt CV er kort, konkret og skrevet til det job, du søger.',
 'A good CV is short, concrete and written for the job you apply for.',
 'Dit CV er det første, en arbejdsgiver ser. Skriv øverst, hvilket job du gerne vil have, og et par linjer om dig selv.

Skriv dine job og uddannelser med det nyeste først. Under hvert job skriver du, hvad du lavede, og hvad du blev god til. Også fritidsjob, frivilligt arbejde og praktik tæller.

Skriv dine kompetencer som noget, man kan se: "kørt truck i tre år" siger mere end "fleksibel". Husk sprog og kørekort.

Du kan skrive dit CV under "Mit CV" her på Min side og hente det som PDF.',
 'Your CV is the first thing an employer sees. Write at the top which job you would like, and a few lines about yourself.

List your jobs and educations with the newest first. Under each job, write what you did and what you became good at. Spare-time jobs, voluntary work and internships count too.

Write your skills as something one can see: "drove a forklift for three years" says more than "flexible". Remember languages and driving licence.

You can write your CV under "My CV" here on My page and download it as PDF.',
 'Skriv dit jobmål øverst
Skriv dine job med det nyeste først og hvad du lavede
Skriv mindst tre konkrete kompetencer
Læs CV''et igennem, eller få en anden til det',
 'Write your job goal at the top
List your jobs with the newest first and what you did
Write at least three concrete skills
Read the CV through, or ask someone else to',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp" (ansøgninger og cv)'),
('ANSOEGNING', 'APPLICATION', 2, 25,
 'Skriv en ansøgning',
 'Write an application',
 'En ansøgning svarer på jobopslaget og fortæller, hvorfor du passer til jobbet.',
 'An application answers the job advert and tells why you fit the job.',
 'Læs jobopslaget grundigt, og understreg det, arbejdsgiveren beder om. Ring gerne og spørg ind til jobbet: så har du noget at skrive om.

Start med det vigtigste: hvorfor du søger netop dette job. Vis med eksempler fra dit arbejdsliv eller din hverdag, at du kan det, de beder om.

Hold ansøgningen på højst en side. Skriv en ny ansøgning til hvert job; en standardansøgning bliver sjældent læst til ende.',
 'Read the job advert carefully and underline what the employer asks for. Feel free to call and ask about the job: then you have something to write about.

Start with what matters most: why you apply for this very job. Show with examples from your working life or your everyday life that you can do what they ask for.

Keep the application to one page at most. Write a new application for every job; a standard application is seldom read to the end.',
 'Find et jobopslag, du vil søge
Understreg det, arbejdsgiveren beder om
Skriv et eksempel på, at du kan hvert af dem
Skriv ansøgningen på højst en side',
 'Find a job advert you want to apply for
Underline what the employer asks for
Write an example showing you can do each of them
Write the application on one page at most',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp" (ansøgninger)'),
('LINKEDIN', 'LINKEDIN', 3, 20,
 'Brug LinkedIn i din jobsøgning',
 'Use LinkedIn in your job search',
 'En profil på LinkedIn gør det lettere for arbejdsgivere at finde dig.',
 'A LinkedIn profile makes it easier for employers to find you.',
 'Mange arbejdsgivere leder efter medarbejdere på LinkedIn, før de slår et job op. Lav en profil med et venligt billede og en overskrift, der siger, hvilket job du søger.

Skriv dine erfaringer som i dit CV. Følg de virksomheder, du gerne vil arbejde for, og skriv til folk, du kender, om at blive forbundet.

Du kan slå "Åben for arbejde" til, så rekrutterere kan se, at du søger job.',
 'Many employers look for staff on LinkedIn before they advertise a job. Make a profile with a friendly photo and a headline that says which job you are looking for.

Write your experience as in your CV. Follow the companies you would like to work for, and write to people you know to connect.

You can switch on "Open to work" so recruiters can see that you are looking for a job.',
 'Opret en profil med billede og overskrift
Skriv dine erfaringer ind
Følg fem virksomheder, du gerne vil arbejde for
Bliv forbundet med ti personer, du kender',
 'Create a profile with a photo and a headline
Add your experience
Follow five companies you would like to work for
Connect with ten people you know',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp" (brug af LinkedIn)'),
('NETVAERK', 'NETWORK', 4, 15,
 'Brug dit netværk',
 'Use your network',
 'Mange job bliver besat gennem nogen, man kender.',
 'Many jobs are filled through someone one knows.',
 'Dit netværk er alle, du kender: familie, venner, naboer, tidligere kolleger, folk fra sportsklubben. Mange job bliver aldrig slået op, fordi arbejdsgiveren spørger sine folk, om de kender nogen.

Fortæl dem, hvad du kan, og hvilket job du leder efter. Bed dem om at sige til, hvis de hører om noget.

Du kan også selv ringe til en virksomhed og spørge, om de mangler folk, eller om du kan komme i praktik.',
 'Your network is everyone you know: family, friends, neighbours, former colleagues, people from the sports club. Many jobs are never advertised, because the employer asks its people whether they know someone.

Tell them what you can do and which job you are looking for. Ask them to let you know if they hear of something.

You can also call a company yourself and ask whether they need people, or whether you can come for an internship.',
 'Skriv ti personer ned, du kender
Fortæl tre af dem, hvilket job du søger
Ring til en virksomhed, du gerne vil arbejde for',
 'Write down ten people you know
Tell three of them which job you are looking for
Call a company you would like to work for',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp" (opbygning af netværk)'),
('JOBSAMTALE', 'INTERVIEW', 5, 20,
 'Forbered dig til jobsamtalen',
 'Prepare for the job interview',
 'Den, der har forberedt sig, er mere rolig til samtalen.',
 'Those who have prepared are calmer at the interview.',
 'Læs om virksomheden, og tænk over, hvorfor du gerne vil arbejde netop der. Øv dig på at fortælle kort om dig selv og om et par situationer, hvor du klarede noget godt.

Find ud af, hvor samtalen er, og kom i god tid. Tag gerne et par spørgsmål med om jobbet: det viser, at du er interesseret.

Bagefter kan du ringe og takke for samtalen. Fik du ikke jobbet, så spørg, hvad du kan gøre bedre næste gang.',
 'Read about the company and think about why you would like to work there. Practise telling briefly about yourself and about a couple of situations where you did well.

Find out where the interview is and arrive in good time. Bring a few questions about the job: it shows that you are interested.

Afterwards you can call and thank them for the interview. If you did not get the job, ask what you can do better next time.',
 'Læs om virksomheden
Øv dig på at fortælle om dig selv på to minutter
Skriv tre spørgsmål, du vil stille
Find vejen, og kom i god tid',
 'Read about the company
Practise telling about yourself in two minutes
Write three questions you want to ask
Find the way and arrive in good time',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp" (jobsamtaler)'),
('SUNDHED', 'HEALTH', 6, 10,
 'Sundhed og trivsel, mens du søger job',
 'Health and well-being while you look for a job',
 'Søvn, bevægelse og nogen at tale med gør det lettere at søge job.',
 'Sleep, exercise and someone to talk to make it easier to look for a job.',
 'Det kan være hårdt at være ledig. Faste tider for at stå op og gå i seng, lidt bevægelse hver dag og aftaler med andre hjælper på humøret og energien.

Kommunen har sundhedstilbud, fx hjælp til rygestop, motion og bedre søvn. Spørg din rådgiver eller din læge, hvad der passer til dig.

Har du det svært i længere tid, så tal med din læge. Din rådgiver kan også hjælpe dig med at få hjælp ved siden af jobsøgningen.',
 'Being unemployed can be hard. Fixed times for getting up and going to bed, a little exercise every day and plans with other people help your mood and energy.

The municipality has health offers, for example help to stop smoking, to exercise and to sleep better. Ask your caseworker or your doctor what suits you.

If you have a hard time for long, talk to your doctor. Your caseworker can also help you get help alongside your job search.',
 'Lav en fast døgnrytme i en uge
Gå en tur hver dag i en uge
Spørg din rådgiver om kommunens sundhedstilbud',
 'Keep fixed daily times for a week
Go for a walk every day for a week
Ask your caseworker about the municipality''s health offers',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp er nu udvidet med elementer om sundhedstilbud"'),
('KUNSTIG_INTELLIGENS', 'AI', 7, 15,
 'Brug ChatGPT og anden kunstig intelligens med omtanke',
 'Use ChatGPT and other artificial intelligence with care',
 'Kunstig intelligens kan hjælpe med at komme i gang, men ansøgningen skal være din.',
 'Artificial intelligence can help you get started, but the application must be yours.',
 'Et værktøj som ChatGPT kan give dig forslag til, hvordan du kan formulere dig, rette stavefejl eller foreslå spørgsmål til en jobsamtale.

Skriv aldrig dit CPR-nummer, dine helbredsoplysninger eller andre personlige oplysninger ind i den slags værktøjer.

Læs altid teksten igennem, og ret den, så den lyder som dig og er sand. Arbejdsgivere kan ofte se, når en ansøgning er skrevet af en maskine.',
 'A tool like ChatGPT can suggest how to phrase something, correct spelling or suggest questions for a job interview.

Never type your CPR number, your health information or other personal information into such tools.

Always read the text through and correct it, so it sounds like you and is true. Employers can often tell when an application was written by a machine.',
 'Bed værktøjet om forslag til en overskrift til dit CV
Ret forslaget, så det passer til dig
Tjek, at du ikke har skrevet personlige oplysninger ind',
 'Ask the tool for ideas for a headline for your CV
Correct the idea so it fits you
Check that you have not typed in personal information',
 'Seed 003: Beskæftigelsesplan 2024, "Digital Jobhjælp er nu udvidet med elementer om ... ChatGPT"');
