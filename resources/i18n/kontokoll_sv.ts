<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Change the absence</source>
        <translation>Ändra frånvaron</translation>
    </message>
    <message>
        <source>Take over an account</source>
        <translation>Ta över ett konto</translation>
    </message>
    <message>
        <source>Record an absence</source>
        <translation>Registrera frånvaro</translation>
    </message>
    <message>
        <source>Choose who checks each account while you are away, and write down what is pending. The deputy sees the accounts under Covering and gets the reminders; every check they log says they covered for you.</source>
        <translation>Välj vem som kontrollerar varje konto medan du är borta, och skriv ner vad som pågår. Ersättaren ser kontona under fliken Frånvaro och ersättare och får påminnelserna. Varje kontroll som ersättaren loggar visar att den gjordes i ditt ställe.</translation>
    </message>
    <message>
        <source>You check the officer&apos;s account while they are away. Their My day and reminders pass to you for those days, and your checks say you covered for them.</source>
        <translation>Du kontrollerar kontot medan den kontoansvariga är borta. De dagarna visas kontot under Min dag hos dig och påminnelserna kommer till dig. Dina kontroller visar att du var ersättare.</translation>
    </message>
    <message>
        <source>Who is away</source>
        <translation>Vem är frånvarande</translation>
    </message>
    <message>
        <source>First day away</source>
        <translation>Första frånvarodagen</translation>
    </message>
    <message>
        <source>Last day away</source>
        <translation>Sista frånvarodagen</translation>
    </message>
    <message>
        <source>Who covers which account</source>
        <translation>Vem sköter vilket konto</translation>
    </message>
    <message>
        <source>Handover note: what is pending, open cases</source>
        <translation>Överlämningsanteckning: vad som pågår, öppna ärenden</translation>
    </message>
    <message>
        <source>What is pending, which cases are open, who to ask about what.</source>
        <translation>Vad som pågår, vilka ärenden som är öppna, vem man kan fråga om vad.</translation>
    </message>
    <message>
        <source>&amp;Who is away:</source>
        <translation>&amp;Vem är frånvarande:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To (last day away):</source>
        <translation>&amp;Till och med:</translation>
    </message>
    <message>
        <source>&amp;Handover note:</source>
        <translation>&amp;Överlämningsanteckning:</translation>
    </message>
    <message>
        <source>&amp;Save absence</source>
        <translation>&amp;Spara frånvaron</translation>
    </message>
    <message>
        <source>{name} is not officer of any open account, so there is no account to hand over. If {name} covers someone else&apos;s account during these days, change that person&apos;s absence under Covering and choose another deputy there.</source>
        <translation>{name} är inte kontoansvarig för något öppet konto, så det finns inget konto att lämna över. Om {name} sköter någon annans konto under de här dagarna, ändra den personens frånvaro under Frånvaro och ersättare och välj en annan ersättare där.</translation>
    </message>
    <message>
        <source>Who covers {account}</source>
        <translation>Vem sköter {account}</translation>
    </message>
    <message>
        <source>Nobody (not checked meanwhile)</source>
        <translation>Ingen (kontrolleras inte under tiden)</translation>
    </message>
    <message>
        <source>{account} ({platform}):</source>
        <translation>{account} ({platform}):</translation>
    </message>
    <message numerus="yes">
        <source>Saved: {name} away {first} – {last}, %n accounts covered.</source>
        <translation>
            <numerusform>Sparat: {name} är frånvarande {first} – {last}. %n konto har ersättare.</numerusform>
            <numerusform>Sparat: {name} är frånvarande {first} – {last}. %n konton har ersättare.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AbsenceModel</name>
    <message>
        <source>Who is away</source>
        <translation>Vem är frånvarande</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrerad av</translation>
    </message>
    <message>
        <source>Who covers which account</source>
        <translation>Vem sköter vilket konto</translation>
    </message>
</context>
<context>
    <name>Absences</name>
    <message>
        <source>Choose who is away: the person is not in Kontokoll&apos;s list of people.</source>
        <translation>Välj vem som är frånvarande: personen finns inte i Kontokolls lista över personer.</translation>
    </message>
    <message>
        <source>The absence ends on {last} before it begins on {first}. Check the dates.</source>
        <translation>Frånvaron slutar {last}, innan den börjar {first}. Kontrollera datumen.</translation>
    </message>
    <message>
        <source>An absence from {first} to {last} is longer than a year. Check the dates; for a longer leave, appoint another officer for the accounts instead.</source>
        <translation>En frånvaro från {first} till {last} är längre än ett år. Kontrollera datumen. Vid en längre ledighet ska kontona i stället få en annan kontoansvarig.</translation>
    </message>
    <message>
        <source>Choose a deputy for at least one account, so that someone checks it while {name} is away.</source>
        <translation>Välj en ersättare för minst ett konto, så att någon kontrollerar det medan {name} är borta.</translation>
    </message>
    <message>
        <source>An account to cover is not in the register. Choose it again.</source>
        <translation>Ett av kontona som ska skötas finns inte i registret. Välj det igen.</translation>
    </message>
    <message>
        <source>Choose who covers {account}: nobody is chosen for it yet.</source>
        <translation>Välj vem som sköter {account}: ingen är vald än.</translation>
    </message>
    <message>
        <source>{name} cannot cover {account} while away. Choose another deputy for it.</source>
        <translation>{name} är själv frånvarande och kan inte sköta {account}. Välj en annan ersättare för kontot.</translation>
    </message>
    <message>
        <source>{deputy} is away from {first} to {last}, so cannot cover {account} then. Choose another deputy, or record the days before and after as separate absences.</source>
        <translation>{deputy} är själv frånvarande {first} – {last} och kan inte sköta {account} då. Välj en annan ersättare, eller registrera dagarna före och efter som två frånvaroperioder.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Edit account</source>
        <translation>Redigera konto</translation>
    </message>
    <message>
        <source>Plan a new account</source>
        <translation>Planera ett nytt konto</translation>
    </message>
    <message>
        <source>Register an existing account</source>
        <translation>Registrera ett befintligt konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontots namn</translation>
    </message>
    <message>
        <source>For example: Lidingö stad</source>
        <translation>Till exempel: Lidingö stad</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Responsible officers</source>
        <translation>Kontoansvariga</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>The department&apos;s registrars have access to the account</source>
        <translation>Förvaltningens registratorer har tillgång till kontot</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Aktivt sedan</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webbadress:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <source>Responsible &amp;officers:</source>
        <translation>&amp;Kontoansvariga:</translation>
    </message>
    <message>
        <source>De&amp;puties:</source>
        <translation>&amp;Ersättare:</translation>
    </message>
    <message>
        <source>Active &amp;since:</source>
        <translation>Aktivt &amp;sedan:</translation>
    </message>
    <message>
        <source>Can be filled in once the account exists</source>
        <translation>Kan fyllas i när kontot finns</translation>
    </message>
    <message>
        <source>The account is planned first. Kontokoll then walks you through “Before you start” and “Getting started”; the daily checks begin once it is open.</source>
        <translation>Kontot planeras först. Sedan leder Kontokoll dig genom ”Innan du startar” och ”Så kommer du igång”. De dagliga kontrollerna börjar när kontot är öppnat.</translation>
    </message>
</context>
<context>
    <name>AccountLife</name>
    <message>
        <source>{title}: called off after {done} of {total} steps</source>
        <translation>{title}: avbruten efter {done} av {total} steg</translation>
    </message>
    <message>
        <source>CALLED OFF</source>
        <translation>AVBRUTEN</translation>
    </message>
</context>
<context>
    <name>AccountLifeBar</name>
    <message>
        <source>Plan as &amp;PDF…</source>
        <translation>Plan som &amp;PDF…</translation>
    </message>
    <message>
        <source>The answers of “Before you start” on one page, for the manager&apos;s decision.</source>
        <translation>Svaren i ”Innan du startar” på en sida, som underlag för chefens beslut.</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;{stage}&lt;/b&gt;</source>
        <translation>Skede: &lt;b&gt;{stage}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Continue “{title}” ({done} of {total})…</source>
        <translation>Fortsätt med ”{title}” ({done} av {total})…</translation>
    </message>
    <message>
        <source>Show “{title}”</source>
        <translation>Visa ”{title}”</translation>
    </message>
    <message>
        <source>Close the account…</source>
        <translation>Avsluta kontot…</translation>
    </message>
    <message>
        <source>Start “{title}”…</source>
        <translation>Starta ”{title}”…</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Tillbaka</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Tillbaka till översikten</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>&amp;Redigera konto…</translation>
    </message>
    <message>
        <source>&amp;Log check for the chosen day…</source>
        <translation>&amp;Logga kontroll för vald dag…</translation>
    </message>
    <message>
        <source>Working days only</source>
        <translation>Bara arbetsdagar</translation>
    </message>
    <message>
        <source>Days since the account became active</source>
        <translation>Dagar sedan kontot blev aktivt</translation>
    </message>
    <message>
        <source>The chosen day&apos;s checks</source>
        <translation>Kontroller för vald dag</translation>
    </message>
    <message>
        <source>The account&apos;s plan and checklists</source>
        <translation>Kontots plan och checklistor</translation>
    </message>
    <message>
        <source>The chosen &amp;day</source>
        <translation>Vald &amp;dag</translation>
    </message>
    <message>
        <source>Plan and &amp;checklists</source>
        <translation>Plan och &amp;checklistor</translation>
    </message>
    <message>
        <source>C&amp;ulling and documentation</source>
        <translation>&amp;Gallring och dokumentation</translation>
    </message>
    <message>
        <source>Reading the account&apos;s days…</source>
        <translation>Läser kontots dagar…</translation>
    </message>
    <message>
        <source>No checklist has been filled in for this account. An account registered as already open can have “Before you start” and “Getting started” filled in afterwards, for the record.</source>
        <translation>Ingen checklista har fyllts i för det här kontot. För ett konto som registrerades när det redan var öppnat kan du i efterhand fylla i ”Innan du startar” och ”Så kommer du igång”, så att det finns dokumenterat.</translation>
    </message>
    <message>
        <source>No web address yet</source>
        <translation>Ingen webbadress än</translation>
    </message>
    <message>
        <source>{address} · Department: {department} · Officers: {officers} · Deputies: {deputies} · {since}</source>
        <translation>{address} · Förvaltning: {department} · Kontoansvariga: {officers} · Ersättare: {deputies} · {since}</translation>
    </message>
    <message>
        <source>Not open yet: the daily checks begin once “Getting started” is finished.</source>
        <translation>Kontot är inte öppnat än: de dagliga kontrollerna börjar när ”Så kommer du igång” är slutförd.</translation>
    </message>
    <message>
        <source>Working days since {since}: checked on the day {checked}, checked late {late}, missed {missed}.</source>
        <translation>Arbetsdagar sedan {since}: kontrollerade samma dag {checked}, kontrollerade i efterhand {late}, missade {missed}.</translation>
    </message>
    <message>
        <source>Active {since} – closed {closed}</source>
        <translation>Aktivt {since} – stängt {closed}</translation>
    </message>
    <message>
        <source>Planned {day}</source>
        <translation>Planerat {day}</translation>
    </message>
    <message>
        <source>Active since {since}, in Kontokoll since {kept}</source>
        <translation>Aktivt sedan {since}, i Kontokoll sedan {kept}</translation>
    </message>
    <message>
        <source>Active since {since}</source>
        <translation>Aktivt sedan {since}</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Spara planen som PDF</translation>
    </message>
    <message>
        <source>Plan – {account}.pdf</source>
        <translation>Plan – {account}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The plan was not saved</source>
        <translation>Planen sparades inte</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path} ({reason}). Choose another folder and try again.</source>
        <translation>PDF-filen kunde inte sparas som {path} ({reason}). Välj en annan mapp och försök igen.</translation>
    </message>
    <message>
        <source>The plan is longer than one page</source>
        <translation>Planen är längre än en sida</translation>
    </message>
    <message>
        <source>The plan was saved, but even in small type it needs {pages} pages. Shorten the longest answers if the manager wants it on one page.</source>
        <translation>Planen sparades, men även med liten stil behöver den {pages} sidor. Korta de längsta svaren om chefen vill ha den på en sida.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No check was logged for this working day. If it was checked, log it now: it will be marked as late.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingen kontroll loggades för den här arbetsdagen. Om kontot kontrollerades, logga kontrollen nu: den markeras då som kontrollerad i efterhand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Today&apos;s check is not logged yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dagens kontroll är inte loggad än.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checked by &lt;b&gt;{name}&lt;/b&gt; {role}, logged {at}.</source>
        <translation>Kontrollerad av &lt;b&gt;{name}&lt;/b&gt; {role}, loggad {at}.</translation>
    </message>
    <message>
        <source>Reviewed: {items}</source>
        <translation>Granskat: {items}</translation>
    </message>
    <message>
        <source>Questions answered: {questions} · Cases forwarded: {cases} · Direct messages to the registrar: {messages}</source>
        <translation>Besvarade frågor: {questions} · Vidarebefordrade ärenden: {cases} · Direktmeddelanden till registrator: {messages}</translation>
    </message>
    <message>
        <source>Removed posts</source>
        <translation>Borttagna inlägg</translation>
    </message>
    <message>
        <source>Diary number {number}</source>
        <translation>Diarienummer {number}</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Skärmbild</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Enter the account&apos;s web address.</source>
        <translation>Skriv kontots webbadress.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address. Write it like https://www.facebook.com/lidingostad.</source>
        <translation>”{text}” är inte en webbadress. Skriv den så här: https://www.facebook.com/lidingostad.</translation>
    </message>
    <message>
        <source>Choose the platform the account is on.</source>
        <translation>Välj vilken plattform kontot finns på.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>Skriv kontots namn.</translation>
    </message>
    <message>
        <source>The account “{name}” already has this web address. Open that account instead of adding it again.</source>
        <translation>Kontot ”{name}” har redan den här webbadressen. Öppna det kontot i stället för att lägga till det igen.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Kontoansvariga</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Active period</source>
        <translation>Aktiv period</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Kontokoll cannot start</source>
        <translation>Kontokoll kan inte starta</translation>
    </message>
    <message>
        <source>Kontokoll is already running</source>
        <translation>Kontokoll är redan igång</translation>
    </message>
    <message>
        <source>Kontokoll is already open with the data folder {path}. Switch to that window, or to Kontokoll&apos;s icon in the system tray, or quit it before starting Kontokoll again.</source>
        <translation>Kontokoll är redan öppet med datamappen {path}. Byt till det fönstret, eller till Kontokolls ikon i meddelandefältet, eller avsluta det innan du startar Kontokoll igen.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälptexten och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt värde för %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>förväntade ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>förväntade högst ett argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>förväntade minst ett argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>förväntade %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>förväntade %s argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåten tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>det angivna argumentet %r ignorerades</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Kontokoll cannot start at login on this system yet. Add it to the programs started at login in the system&apos;s own settings instead.</source>
        <translation>Kontokoll kan ännu inte starta vid inloggning på det här systemet. Lägg i stället till det bland programmen som startar vid inloggning i systemets egna inställningar.</translation>
    </message>
    <message>
        <source>Kontokoll left {path} alone because it did not write that file. Remove or rename it yourself, then change this setting again.</source>
        <translation>Kontokoll lät {path} vara eftersom Kontokoll inte skrev den filen. Ta bort eller byt namn på den själv och ändra sedan inställningen igen.</translation>
    </message>
    <message>
        <source>Kontokoll could not change whether it starts at login: {path} cannot be written ({reason}). Ask IT for write access to that folder, or start Kontokoll yourself after logging in.</source>
        <translation>Kontokoll kunde inte ändra om det startar vid inloggning: det går inte att skriva i {path} ({reason}). Be IT om skrivrätt till mappen, eller starta Kontokoll själv efter inloggningen.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Kontokoll duties</source>
        <translation>Kontokoll – återkommande uppgifter</translation>
    </message>
    <message>
        <source>Culling</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Revision of the rules</source>
        <translation>Revidering av riktlinjerna</translation>
    </message>
    <message>
        <source>Culling: {account} ({platform})</source>
        <translation>Gallring: {account} ({platform})</translation>
    </message>
    <message>
        <source>Documentation: {account} ({platform})</source>
        <translation>Dokumentation: {account} ({platform})</translation>
    </message>
    <message>
        <source>Every {months} months; last culled on {day}.</source>
        <translation>Var {months}:e månad; senast gallrat {day}.</translation>
    </message>
    <message>
        <source>Every {months} months; not culled since it became active on {day}.</source>
        <translation>Var {months}:e månad; inte gallrat sedan kontot blev aktivt {day}.</translation>
    </message>
    <message>
        <source>Every {months} months, counted from the one before on {day}.</source>
        <translation>Var {months}:e månad, räknat från den föregående {day}.</translation>
    </message>
    <message>
        <source>Yearly; last revised on {day}.</source>
        <translation>Varje år; senast reviderat {day}.</translation>
    </message>
    <message>
        <source>Yearly; none recorded since Kontokoll came into use on {day}.</source>
        <translation>Varje år; ingen registrerad sedan Kontokoll togs i bruk {day}.</translation>
    </message>
    <message>
        <source>Yearly, counted from the one before on {day}.</source>
        <translation>Varje år, räknat från den föregående {day}.</translation>
    </message>
    <message>
        <source>Overdue: it was due by {due}. It stands on {day} so that the calendar reminds you.</source>
        <translation>Försenad: den skulle ha gjorts senast {due}. Den ligger på {day} så att kalendern påminner dig.</translation>
    </message>
    <message>
        <source>Overdue since {day} {month} {year} – {duty}</source>
        <translation>Försenad sedan {day} {month} {year} – {duty}</translation>
    </message>
    <message>
        <source>nobody named yet</source>
        <translation>ingen angiven ännu</translation>
    </message>
    <message>
        <source>Who: {names}</source>
        <translation>Vem: {names}</translation>
    </message>
    <message>
        <source>Documentation round of {month}, due by its last day.</source>
        <translation>Dokumentationsomgången {month}, senast månadens sista dag.</translation>
    </message>
    <message>
        <source>A larger change was recorded on {day}; document it within {days} days.</source>
        <translation>En större förändring registrerades {day}; dokumentera den inom {days} dagar.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export duty calendar</source>
        <translation>Exportera uppgiftskalender</translation>
    </message>
    <message>
        <source>The culling, documentation and revision dates of the next {months} months, each with a reminder when it becomes due soon. A duty already overdue stands on today, or the next working day, so that your calendar reminds you of it.</source>
        <translation>Datumen för gallring, dokumentation och revidering av riktlinjerna de kommande {months} månaderna, vart och ett med en påminnelse när uppgiften snart ska vara klar. En uppgift som redan är försenad läggs på i dag, eller nästa arbetsdag, så att kalendern påminner dig om den.</translation>
    </message>
    <message>
        <source>&amp;Only my duties</source>
        <translation>&amp;Bara mina uppgifter</translation>
    </message>
    <message>
        <source>Only my duties</source>
        <translation>Bara mina uppgifter</translation>
    </message>
    <message>
        <source>The cullings of the accounts you are officer or deputy for and, if you belong to the information unit, the documentation and the revision of the rules.</source>
        <translation>Gallringen av de konton där du är kontoansvarig eller ersättare och, om du hör till informationsenheten, dokumentationen och revideringen av riktlinjerna.</translation>
    </message>
    <message>
        <source>&amp;All duties in the municipality, not only mine</source>
        <translation>&amp;Alla uppgifter i kommunen, inte bara mina</translation>
    </message>
    <message>
        <source>All duties in the municipality</source>
        <translation>Alla uppgifter i kommunen</translation>
    </message>
    <message>
        <source>Kontokoll does not yet know who uses this workstation, so every duty goes into the calendar.</source>
        <translation>Kontokoll vet ännu inte vem som använder den här arbetsstationen, så alla uppgifter kommer med i kalendern.</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Spara…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CallOff</name>
    <message>
        <source>“{title}” for “{account}”, begun on {day} by {name}</source>
        <translation>”{title}” för ”{account}”, påbörjad {day} av {name}</translation>
    </message>
    <message>
        <source>The closing of “{account}” is called off: the account is active again.</source>
        <translation>Stängningen av ”{account}” är avbruten: kontot är aktivt igen.</translation>
    </message>
    <message>
        <source>“{title}” for “{account}” is called off.</source>
        <translation>”{title}” för ”{account}” är avbruten.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Log a check</source>
        <translation>Logga en kontroll</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Day checked</source>
        <translation>Kontrollerad dag</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Kontrollerad av</translation>
    </message>
    <message>
        <source>In which role</source>
        <translation>I vilken roll</translation>
    </message>
    <message>
        <source>Questions answered</source>
        <translation>Besvarade frågor</translation>
    </message>
    <message>
        <source>Cases forwarded</source>
        <translation>Vidarebefordrade ärenden</translation>
    </message>
    <message>
        <source>Direct messages forwarded to the registrar</source>
        <translation>Direktmeddelanden som skickats vidare till registrator</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Borttagningar</translation>
    </message>
    <message>
        <source>Add &amp;removal…</source>
        <translation>Lägg till &amp;borttagning…</translation>
    </message>
    <message>
        <source>Take &amp;out</source>
        <translation>Ta &amp;ur</translation>
    </message>
    <message>
        <source>Take the chosen removal out of this check</source>
        <translation>Ta bort den valda borttagningen från den här kontrollen</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>Checked &amp;by:</source>
        <translation>Kontrollerad a&amp;v:</translation>
    </message>
    <message>
        <source>Reviewed:</source>
        <translation>Granskat:</translation>
    </message>
    <message>
        <source>&amp;Questions answered:</source>
        <translation>Besvarade &amp;frågor:</translation>
    </message>
    <message>
        <source>&amp;Cases forwarded:</source>
        <translation>Vidarebefordrade ä&amp;renden:</translation>
    </message>
    <message>
        <source>Direct &amp;messages to the registrar:</source>
        <translation>Direkt&amp;meddelanden till registrator:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>A&amp;nteckningar:</translation>
    </message>
    <message>
        <source>Removed posts:</source>
        <translation>Borttagna inlägg:</translation>
    </message>
    <message>
        <source>&amp;Save check</source>
        <translation>&amp;Spara kontroll</translation>
    </message>
    <message>
        <source>&amp;Save late check</source>
        <translation>&amp;Spara sen kontroll</translation>
    </message>
    <message>
        <source>Nobody can be logged as having checked “{account}” on {day}: its officers and deputies are recorded as away, and no deputy covers it. Record who covers it under Covering, or choose another day.</source>
        <translation>Ingen kan loggas som att ha kontrollerat ”{account}” den {day}: dess kontoansvariga och ersättare är frånvarande, och ingen ersättare täcker upp. Ange vem som täcker upp under Frånvaro och ersättare, eller välj en annan dag.</translation>
    </message>
    <message>
        <source>Covering for {name}, who is away until {last}.</source>
        <translation>Ersätter {name}, som är frånvarande till och med {last}.</translation>
    </message>
    <message>
        <source>Handover note: {note}</source>
        <translation>Överlämningsanteckning: {note}</translation>
    </message>
    <message>
        <source>Log another check of this day?</source>
        <translation>Logga ytterligare en kontroll av dagen?</translation>
    </message>
    <message>
        <source>Log one more check of the same day (for example a second round in the afternoon)? Both are kept. If the day was logged by mistake, cancel.</source>
        <translation>Logga ytterligare en kontroll av samma dag (till exempel en andra genomgång på eftermiddagen)? Båda sparas. Har dagen loggats av misstag, avbryt.</translation>
    </message>
    <message>
        <source>&amp;Log another check</source>
        <translation>&amp;Logga en kontroll till</translation>
    </message>
    <message>
        <source>Discard this check?</source>
        <translation>Kasta den här kontrollen?</translation>
    </message>
    <message>
        <source>The check has not been saved. Discard it with its notes and removals?</source>
        <translation>Kontrollen har inte sparats. Vill du kasta den med anteckningar och borttagningar?</translation>
    </message>
    <message>
        <source>Saved the late check of {account} for {day}.</source>
        <translation>Den sena kontrollen av {account} för {day} är sparad.</translation>
    </message>
    <message>
        <source>Saved the check of {account} for {day}.</source>
        <translation>Kontrollen av {account} för {day} är sparad.</translation>
    </message>
</context>
<context>
    <name>CheckWording</name>
    <message numerus="yes">
        <source>Logged late: this check is for {day}, %n days ago. It is saved as a late check, logged today.</source>
        <translation>
            <numerusform>Loggas i efterhand: kontrollen gäller {day}, för %n dag sedan. Den sparas som en sen kontroll, loggad i dag.</numerusform>
            <numerusform>Loggas i efterhand: kontrollen gäller {day}, för %n dagar sedan. Den sparas som en sen kontroll, loggad i dag.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{account}” was already checked for {day}: logged by {name} at {time}.</source>
        <translation>”{account}” är redan kontrollerat för {day}: loggat av {name} kl. {time}.</translation>
    </message>
    <message numerus="yes">
        <source>%n checks of that day are in the log.</source>
        <translation>
            <numerusform>%n kontroll av dagen finns i loggen.</numerusform>
            <numerusform>%n kontroller av dagen finns i loggen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>&lt;b&gt;Checklists&lt;/b&gt; – opening and closing accounts</source>
        <translation>&lt;b&gt;Checklistor&lt;/b&gt; – att öppna och avsluta konton</translation>
    </message>
    <message>
        <source>Checklists under way</source>
        <translation>Pågående checklistor</translation>
    </message>
    <message>
        <source>C&amp;ontinue checklist…</source>
        <translation>&amp;Fortsätt med checklistan…</translation>
    </message>
</context>
<context>
    <name>ChecklistText</name>
    <message>
        <source>Planned</source>
        <translation>Planerat</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktivt</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Avslutas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Screenshot or file</source>
        <translation>Skärmbild eller fil</translation>
    </message>
    <message>
        <source>Done by {name}, {at}</source>
        <translation>Utfört av {name}, {at}</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>inte utfört</translation>
    </message>
    <message>
        <source>optional, not done</source>
        <translation>frivilligt, inte utfört</translation>
    </message>
    <message>
        <source>{title}: finished {day} by {name}</source>
        <translation>{title}: slutförd {day} av {name}</translation>
    </message>
    <message>
        <source>{title}: under way, {done} of {total} steps done</source>
        <translation>{title}: pågår, {done} av {total} steg utförda</translation>
    </message>
    <message>
        <source>Guideline pack followed: {pack}, version {version}.</source>
        <translation>Ifylld enligt riktlinjepaketet {pack}, version {version}.</translation>
    </message>
</context>
<context>
    <name>ChecklistTodoModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Skede</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Utförda steg</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Senaste steget</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} av {total}</translation>
    </message>
</context>
<context>
    <name>ChecklistWizard</name>
    <message>
        <source>The steps are done in order.</source>
        <translation>Stegen görs i tur och ordning.</translation>
    </message>
    <message>
        <source>The steps can be done in any order.</source>
        <translation>Stegen kan göras i valfri ordning.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Every saved step is kept; continue later from Today.</source>
        <translation>Alla sparade steg finns kvar. Du kan fortsätta senare från fliken I dag.</translation>
    </message>
    <message>
        <source>Finis&amp;h checklist</source>
        <translation>Slutför &amp;checklistan</translation>
    </message>
    <message>
        <source>The account was closed on {day} before this checklist was finished. The answers can be read but no longer changed.</source>
        <translation>Kontot stängdes {day} innan den här checklistan slutfördes. Svaren går att läsa men inte längre att ändra.</translation>
    </message>
    <message>
        <source>Finished {day}. The answers can be read but no longer changed.</source>
        <translation>Slutförd {day}. Svaren går att läsa men kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Not begun: the account stays active, and nothing is recorded, until you save the first step. Close this window to leave everything as it was.</source>
        <translation>Inte påbörjad: kontot förblir aktivt, och inget sparas, förrän du sparar det första steget. Stäng fönstret för att lämna allt som det var.</translation>
    </message>
    <message>
        <source>Not begun: nothing is recorded until you save the first step. Close this window to leave everything as it was.</source>
        <translation>Inte påbörjad: inget sparas förrän du sparar det första steget. Stäng fönstret för att lämna allt som det var.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done. Still missing: {steps}.</source>
        <translation>{done} av {total} steg utförda. Kvar att göra: {steps}.</translation>
    </message>
    <message>
        <source>{done} of {total} steps done. Every required step is done: finish the checklist when you are ready.</source>
        <translation>{done} av {total} steg utförda. Alla obligatoriska steg är utförda: slutför checklistan när du är redo.</translation>
    </message>
    <message>
        <source>C&amp;all off the checklist…</source>
        <translation>&amp;Avbryt checklistan…</translation>
    </message>
    <message>
        <source>Begun by mistake? The account goes back to as it was before it began.</source>
        <translation>Påbörjad av misstag? Kontot blir som det var innan checklistan påbörjades.</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>Stänga utan att spara?</translation>
    </message>
    <message>
        <source>What you entered in these steps is not saved: {steps}. Close anyway and lose it, or go back and save the steps?</source>
        <translation>Det du har skrivit i de här stegen är inte sparat: {steps}. Vill du stänga ändå och förlora det, eller gå tillbaka och spara stegen?</translation>
    </message>
    <message>
        <source>Close the account?</source>
        <translation>Vill du stänga kontot?</translation>
    </message>
    <message>
        <source>“{account}” will be closed today. It leaves the Today list and every recurring duty; its history stays readable but can no longer be changed.</source>
        <translation>”{account}” stängs i dag. Kontot försvinner från fliken I dag och har inga fler återkommande uppgifter; dess historik går att läsa men inte längre att ändra.</translation>
    </message>
    <message>
        <source>&amp;Close the account</source>
        <translation>&amp;Stäng kontot</translation>
    </message>
    <message>
        <source>“{account}” is closed.</source>
        <translation>”{account}” är stängt.</translation>
    </message>
    <message>
        <source>“{account}” is active: its daily checks begin today.</source>
        <translation>”{account}” är aktivt: de dagliga kontrollerna börjar i dag.</translation>
    </message>
    <message>
        <source>“{title}” is finished: “{account}” is approved.</source>
        <translation>”{title}” är slutförd: ”{account}” är godkänt.</translation>
    </message>
    <message>
        <source>“{title}” is finished for “{account}”.</source>
        <translation>”{title}” är slutförd för ”{account}”.</translation>
    </message>
    <message>
        <source>The checklist cannot be started</source>
        <translation>Checklistan går inte att starta</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>The checklist has no step “{step}”. Close the checklist and open it again.</source>
        <translation>Checklistan har inget steg ”{step}”. Stäng checklistan och öppna den igen.</translation>
    </message>
    <message>
        <source>Only the officers and deputies of “{account}”, a manager or the information unit can fill in its checklists. Ask the account&apos;s officer, or have yourself added to the account in the register.</source>
        <translation>Bara kontoansvariga och ersättare för ”{account}”, en chef eller informationsenheten kan fylla i kontots checklistor. Fråga kontots kontoansvariga, eller se till att du läggs till på kontot i registret.</translation>
    </message>
    <message>
        <source>This checklist was finished and can no longer be changed. Its answers are kept as they were.</source>
        <translation>Den här checklistan är slutförd och kan inte längre ändras. Svaren sparas som de var.</translation>
    </message>
    <message>
        <source>The steps of this checklist are done in order. Do these first: {steps}.</source>
        <translation>Stegen i den här checklistan görs i tur och ordning. Gör de här stegen först: {steps}.</translation>
    </message>
    <message>
        <source>Fill in every field of the step before you save it as done.</source>
        <translation>Fyll i alla fält i steget innan du sparar det som utfört.</translation>
    </message>
    <message>
        <source>Fill in at least one of the fields before you save the step as done.</source>
        <translation>Fyll i minst ett av fälten innan du sparar steget som utfört.</translation>
    </message>
    <message>
        <source>The date {value} does not exist. Write it as YYYY-MM-DD.</source>
        <translation>Datumet {value} finns inte. Skriv det som ÅÅÅÅ-MM-DD.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, like 2026-03-31.</source>
        <translation>”{value}” är inget datum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-03-31.</translation>
    </message>
    <message>
        <source>{day} is later than today. Enter the day it was done.</source>
        <translation>{day} är senare än i dag. Ange den dag det gjordes.</translation>
    </message>
    <message>
        <source>Choose the person from the list.</source>
        <translation>Välj personen i listan.</translation>
    </message>
    <message>
        <source>“{checklist}” is already under way for “{account}” ({done} of {total} steps done). Continue it instead of starting again.</source>
        <translation>”{checklist}” pågår redan för ”{account}” ({done} av {total} steg utförda). Fortsätt med den i stället för att börja om.</translation>
    </message>
    <message>
        <source>“{checklist}” was finished for “{account}” on {day}.</source>
        <translation>”{checklist}” slutfördes för ”{account}” den {day}.</translation>
    </message>
    <message>
        <source>This checklist was already finished on {day}.</source>
        <translation>Den här checklistan slutfördes redan den {day}.</translation>
    </message>
    <message>
        <source>The checklist cannot be finished yet. Still missing: {steps}. Do these steps, then finish.</source>
        <translation>Checklistan kan inte slutföras än. Kvar att göra: {steps}. Gör de stegen och slutför sedan checklistan.</translation>
    </message>
    <message>
        <source>“{account}” has no web address in the register yet. Enter it with Edit account on the account&apos;s page, then finish.</source>
        <translation>”{account}” har ingen webbadress i registret än. Skriv in den med Redigera konto på kontots sida och slutför sedan checklistan.</translation>
    </message>
    <message>
        <source>“{account}” was closed on {day}. Its history can be read but no longer changed.</source>
        <translation>”{account}” stängdes den {day}. Historiken går att läsa men kan inte längre ändras.</translation>
    </message>
    <message>
        <source>Finish “{first}” first: an account is opened only after the manager has decided that it is needed.</source>
        <translation>Slutför ”{first}” innan du går vidare: ett konto öppnas inte förrän chefen har beslutat att det behövs.</translation>
    </message>
    <message>
        <source>“{account}” has not been opened yet, so there is nothing to close.</source>
        <translation>”{account}” har inte öppnats än, så det finns inget att avsluta.</translation>
    </message>
    <message>
        <source>The account is not in the register any more. Refresh and try again.</source>
        <translation>Kontot finns inte längre i förteckningen. Uppdatera och försök igen.</translation>
    </message>
    <message>
        <source>The checklist was called off, here or on a colleague&apos;s workstation, and nothing more is saved in it. Close this window; open the checklist again to begin afresh.</source>
        <translation>Checklistan har avbrutits, här eller på en kollegas arbetsstation, och inget mer sparas i den. Stäng fönstret och öppna checklistan igen för att börja om från början.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>To look at what can still be read, and export the review, without changing the file: kontokoll --data-dir {folder} --read-only report …</source>
        <translation>För att se det som fortfarande går att läsa, och exportera granskningen, utan att ändra filen: kontokoll --data-dir {folder} --read-only report …</translation>
    </message>
    <message>
        <source>“kontokoll {command}” records in the log, so it cannot run with --read-only. Leave out --read-only once the database is whole again.</source>
        <translation>”kontokoll {command}” registrerar i loggen och kan därför inte köras med --read-only. Utelämna --read-only när databasen är hel igen.</translation>
    </message>
    <message>
        <source>{date} is a working day.</source>
        <translation>{date} är en arbetsdag.</translation>
    </message>
    <message>
        <source>{date} is not a working day: no check is due.</source>
        <translation>{date} är inte en arbetsdag: ingen kontroll behövs.</translation>
    </message>
    <message>
        <source>No active accounts. Add them in the app or with “kontokoll accounts import FILE.csv”.</source>
        <translation>Inga aktiva konton. Lägg till dem i appen eller med ”kontokoll accounts import FIL.csv”.</translation>
    </message>
    <message>
        <source>checked by {name}</source>
        <translation>kontrollerad av {name}</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>{name} ({platform}): {state}; missed days: {missed}</source>
        <translation>{name} ({platform}): {state}; missade dagar: {missed}</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts from {file}.</source>
        <translation>
            <numerusform>%n konto har importerats från {file}.</numerusform>
            <numerusform>%n konton har importerats från {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dates of every duty written to {file}: {count}.</source>
        <translation>Datum för alla uppgifter har skrivits till {file}: {count}.</translation>
    </message>
    <message>
        <source>Dates of your duties written to {file}: {count}. For every duty in the municipality, add --all.</source>
        <translation>Datum för dina uppgifter har skrivits till {file}: {count}. Lägg till --all för att få med alla uppgifter i kommunen.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of months the calendar can cover: give a whole number from 1 to {most}, such as --months 12.</source>
        <translation>”{value}” är inte ett antal månader som kalendern kan omfatta: ange ett heltal från 1 till {most}, till exempel --months 12.</translation>
    </message>
    <message>
        <source>“{value}” is not a date Kontokoll can report on: write it like 2026-11-20.</source>
        <translation>”{value}” är inget datum som Kontokoll kan rapportera om: skriv det som 2026-11-20.</translation>
    </message>
    <message>
        <source>Name a new folder for the made-up municipality, such as “kontokoll demo --data-dir kontokoll-demo”. The demo never fills your own data folder.</source>
        <translation>Ange en ny mapp för den påhittade kommunen, till exempel ”kontokoll demo --data-dir kontokoll-demo”. Kontokoll lägger aldrig demodata i din egen datamapp.</translation>
    </message>
    <message>
        <source>Made up a municipality in {folder}, with a log from {first}:</source>
        <translation>Skapade en påhittad kommun i {folder}, med en logg från {first}:</translation>
    </message>
    <message>
        <source>  people: {people}, accounts: {accounts}, absences with cover: {absences};</source>
        <translation>  personer: {people}, konton: {accounts}, frånvaroperioder med ersättare: {absences};</translation>
    </message>
    <message>
        <source>  daily checks: {checks}, removed posts: {removals}, cullings: {cullings}, documentations: {documentations}, revisions of the guidelines: {revisions};</source>
        <translation>  dagliga kontroller: {checks}, borttagna inlägg: {removals}, gallringar: {cullings}, dokumentationer: {documentations}, revideringar av riktlinjerna: {revisions};</translation>
    </message>
    <message>
        <source>  evidence files (screenshots): {files}.</source>
        <translation>  underlagsfiler (skärmbilder): {files}.</translation>
    </message>
    <message>
        <source>You are {name}: an account officer, a deputy and a manager. Start Kontokoll on the demo with:</source>
        <translation>Du är {name}: kontoansvarig, ersättare och chef. Starta Kontokoll med demokommunen så här:</translation>
    </message>
    <message>
        <source>“{value}” is not a seed: give a whole number, such as --seed 1.</source>
        <translation>”{value}” är inget startvärde för --seed: ange ett heltal, till exempel --seed 1.</translation>
    </message>
    <message>
        <source>Kontokoll cannot tell from the name {file} which kind of file to write. End the name with .pdf, .xlsx or .csv, or add --format pdf, xlsx or csv.</source>
        <translation>Kontokoll kan inte avgöra av namnet {file} vilken sorts fil som ska skrivas. Avsluta namnet med .pdf, .xlsx eller .csv, eller lägg till --format pdf, xlsx eller csv.</translation>
    </message>
    <message>
        <source>The review cannot end on {last} (--to) before it starts on {first} (--from). Give the earlier day with --from and the later one with --to.</source>
        <translation>Granskningen kan inte sluta {last} (--to) innan den börjar {first} (--from). Ange den tidigare dagen med --from och den senare med --to.</translation>
    </message>
    <message>
        <source>A PDF can only be drawn by the Kontokoll app&apos;s Qt part, which was not started here. Run the kontokoll command installed with the app, or write --format xlsx or csv instead.</source>
        <translation>En PDF kan bara skapas av Kontokoll-appens Qt-del, som inte startades här. Kör kommandot kontokoll som installerades med appen, eller skriv --format xlsx eller csv i stället.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review of %n accounts from {first} to {last} to {file}.</source>
        <translation>
            <numerusform>Granskningen av %n konto från {first} till {last} har sparats i {file}.</numerusform>
            <numerusform>Granskningen av %n konton från {first} till {last} har sparats i {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no department “{name}”: no account in the register names a department yet. Leave out --department to review every account.</source>
        <translation>Det finns ingen förvaltning ”{name}”: inget konto i registret har någon förvaltning angiven än. Utelämna --department för att granska alla konton.</translation>
    </message>
    <message>
        <source>There is no department “{name}” in the register. Write one of these as it stands, in quotes: {known}.</source>
        <translation>Det finns ingen förvaltning ”{name}” i registret. Skriv en av de här exakt som den står, inom citattecken: {known}.</translation>
    </message>
    <message>
        <source>No team folder is set, so there is nothing to share with. Choose one under Settings → Team, or name it with --team-folder DIR.</source>
        <translation>Ingen teammapp är vald, så det finns inget att dela med. Välj en under Inställningar → Team och roller, eller ange den med --team-folder MAPP.</translation>
    </message>
    <message>
        <source>Published this workstation&apos;s journal to {folder}.</source>
        <translation>Publicerade den här arbetsstationens loggfil i {folder}.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n evidence files to the team folder.</source>
        <translation>
            <numerusform>Kopierade %n underlagsfil till teammappen.</numerusform>
            <numerusform>Kopierade %n underlagsfiler till teammappen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the changed journals of {names}; new facts: %n.</source>
        <translation>
            <numerusform>Läste de ändrade loggfilerna från {names}. Nya loggposter: %n.</numerusform>
            <numerusform>Läste de ändrade loggfilerna från {names}. Nya loggposter: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the changed journals; new facts: %n.</source>
        <translation>
            <numerusform>Läste de ändrade loggfilerna. Nya loggposter: %n.</numerusform>
            <numerusform>Läste de ändrade loggfilerna. Nya loggposter: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n evidence files from the team folder.</source>
        <translation>
            <numerusform>Hämtade %n underlagsfil från teammappen.</numerusform>
            <numerusform>Hämtade %n underlagsfiler från teammappen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files are not in the team folder yet; they are fetched at a later sync.</source>
        <translation>
            <numerusform>%n underlagsfil finns inte i teammappen än. Den hämtas vid en senare synkronisering.</numerusform>
            <numerusform>%n underlagsfiler finns inte i teammappen än. De hämtas vid en senare synkronisering.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the team folder: no journal had changed.</source>
        <translation>Läste teammappen: ingen loggfil hade ändrats.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>fill a new, empty data folder (--data-dir DIR) with a made-up municipality to try Kontokoll on</source>
        <translation>fyll en ny, tom datamapp (--data-dir MAPP) med en påhittad kommun att prova Kontokoll på</translation>
    </message>
    <message>
        <source>how many accounts, 1 to 1000; 40 by default</source>
        <translation>hur många konton, 1 till 1000; 40 om inget anges</translation>
    </message>
    <message>
        <source>how many people, 2 to 500; 16 by default</source>
        <translation>hur många personer, 2 till 500; 16 om inget anges</translation>
    </message>
    <message>
        <source>how many years of log up to today, 1 to 20; 2 by default</source>
        <translation>hur många års logg fram till i dag, 1 till 20; 2 om inget anges</translation>
    </message>
    <message>
        <source>a whole number; the same seed on the same day makes the same municipality</source>
        <translation>ett heltal; samma frö samma dag ger samma kommun</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPP</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>keep the database, evidence and settings in DIR (or set KONTOKOLL_DATA_DIR)</source>
        <translation>spara databasen, underlagen och inställningarna i MAPP (eller ange KONTOKOLL_DATA_DIR)</translation>
    </message>
    <message>
        <source>only read the log, from a copy of what can be read of it, leaving the database untouched: for a damaged log, to look at it and export the review</source>
        <translation>läs bara loggen, från en kopia av det som går att läsa, utan att röra databasen: för en skadad logg, för att se vad den innehåller och exportera granskningen</translation>
    </message>
    <message>
        <source>Daily checks, checklists and proof for a municipality&apos;s social media accounts. With no command, starts the app.</source>
        <translation>Dagliga kontroller, checklistor och underlag för kommunens konton i sociala medier. Utan kommando startar appen.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>visa programmets version och avsluta</translation>
    </message>
    <message>
        <source>start with only the tray icon showing (as at login); the window opens from it</source>
        <translation>starta med bara ikonen i meddelandefältet (som vid inloggning); fönstret öppnas därifrån</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>which accounts are checked today and what was missed</source>
        <translation>vilka konton som är kontrollerade i dag och vad som har missats</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>the day to report (YYYY-MM-DD); today by default</source>
        <translation>dagen att redovisa (ÅÅÅÅ-MM-DD); i dag om inget anges</translation>
    </message>
    <message>
        <source>print JSON for other programs</source>
        <translation>skriv ut JSON för andra program</translation>
    </message>
    <message>
        <source>the account register</source>
        <translation>kontoregistret</translation>
    </message>
    <message>
        <source>import accounts from a CSV file or an Excel workbook (all rows or none)</source>
        <translation>importera konton från en CSV-fil eller en Excel-arbetsbok (alla rader eller ingen)</translation>
    </message>
    <message>
        <source>a CSV file (UTF-8 or Windows-1252, with ; or , between fields) or an .xlsx workbook</source>
        <translation>en CSV-fil (UTF-8 eller Windows-1252, med ; eller , mellan fälten) eller en .xlsx-arbetsbok</translation>
    </message>
    <message>
        <source>write the planned dates of culling, documentation and revision to a calendar file</source>
        <translation>skriv de planerade datumen för gallring, dokumentation och revidering av riktlinjerna till en kalenderfil</translation>
    </message>
    <message>
        <source>the file to write (.ics or .csv)</source>
        <translation>filen som ska skrivas (.ics eller .csv)</translation>
    </message>
    <message>
        <source>how many months ahead, 1 to 36; 12 by default</source>
        <translation>hur många månader framåt, 1 till 36; 12 om inget anges</translation>
    </message>
    <message>
        <source>iCalendar for Outlook and other calendars, or CSV for Excel; by default from the file&apos;s suffix</source>
        <translation>iCalendar för Outlook och andra kalendrar, eller CSV för Excel; annars efter filens ändelse</translation>
    </message>
    <message>
        <source>every duty in the municipality; by default only the duties of the person using this workstation (the cullings of their accounts, and the information unit&apos;s documentation and revision if they belong to it)</source>
        <translation>alla uppgifter i kommunen; annars bara uppgifterna för den som använder den här datorn (gallringen av hens konton, och informationsenhetens dokumentation och revidering av riktlinjerna om hen hör till den)</translation>
    </message>
    <message>
        <source>write the manager&apos;s review of a period (checks, culling, documentation) to a PDF, XLSX or CSV file</source>
        <translation>skriv chefens granskning av en period (kontroller, gallring, dokumentation) till en PDF-, XLSX- eller CSV-fil</translation>
    </message>
    <message>
        <source>the first day (YYYY-MM-DD)</source>
        <translation>första dagen (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>the last day (YYYY-MM-DD)</source>
        <translation>sista dagen (ÅÅÅÅ-MM-DD)</translation>
    </message>
    <message>
        <source>PDF to print or send, XLSX for Excel, or CSV; by default from the file&apos;s suffix</source>
        <translation>PDF att skriva ut eller skicka, XLSX för Excel, eller CSV; annars efter filens ändelse</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>filen som ska skrivas</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMN</translation>
    </message>
    <message>
        <source>only this department&apos;s accounts (its name as in the register)</source>
        <translation>bara den här förvaltningens konton (namnet som i registret)</translation>
    </message>
    <message>
        <source>publish this workstation&apos;s journal to the team folder and read everyone else&apos;s</source>
        <translation>publicera den här datorns journal i teammappen och läs alla andras</translation>
    </message>
    <message>
        <source>the shared team folder; by default the one chosen in the app&apos;s settings</source>
        <translation>den delade teammappen; annars den som är vald i appens inställningar</translation>
    </message>
    <message>
        <source>check that the log, its signatures and its evidence files are as recorded</source>
        <translation>kontrollera att loggen, dess signaturer och underlagsfilerna är som de registrerades</translation>
    </message>
</context>
<context>
    <name>ConfirmCaptureDialog</name>
    <message>
        <source>Keep this screenshot?</source>
        <translation>Vill du behålla den här skärmbilden?</translation>
    </message>
    <message>
        <source>Does the picture show the post as it was? It is kept as evidence. To keep only the post and not the rest of the screen, drag a rectangle over it.</source>
        <translation>Visar bilden inlägget som det var? Den sparas som underlag. Dra en rektangel över bilden om du bara vill spara inlägget och inte resten av skärmen.</translation>
    </message>
    <message>
        <source>The captured screen</source>
        <translation>Den tagna skärmbilden</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Hela skärmen</translation>
    </message>
    <message>
        <source>Keep the whole screen, not only the part chosen</source>
        <translation>Behåll hela skärmen, inte bara den valda delen</translation>
    </message>
    <message>
        <source>&amp;Keep the part chosen</source>
        <translation>&amp;Behåll den valda delen</translation>
    </message>
    <message>
        <source>&amp;Keep screenshot</source>
        <translation>&amp;Behåll skärmbilden</translation>
    </message>
</context>
<context>
    <name>CoveringView</name>
    <message>
        <source>Absences now and to come</source>
        <translation>Frånvaro nu och framöver</translation>
    </message>
    <message>
        <source>Show every&amp;one&apos;s absences</source>
        <translation>Visa allas &amp;frånvaro</translation>
    </message>
    <message>
        <source>Handover note of the chosen absence</source>
        <translation>Överlämningsanteckning för vald frånvaro</translation>
    </message>
    <message>
        <source>Accounts you are deputy for</source>
        <translation>Konton som du är ersättare för</translation>
    </message>
    <message>
        <source>&amp;Take over…</source>
        <translation>Ta &amp;över…</translation>
    </message>
    <message>
        <source>O&amp;pen account</source>
        <translation>Ö&amp;ppna konto</translation>
    </message>
    <message>
        <source>Record my a&amp;bsence…</source>
        <translation>Registrera &amp;min frånvaro…</translation>
    </message>
    <message>
        <source>Chang&amp;e…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Ca&amp;ll off</source>
        <translation>&amp;Återkalla</translation>
    </message>
    <message>
        <source>Log chec&amp;k…</source>
        <translation>&amp;Logga kontroll…</translation>
    </message>
    <message>
        <source>Handover &amp;note:</source>
        <translation>Överlämni&amp;ngsanteckning:</translation>
    </message>
    <message>
        <source>Covering</source>
        <translation>Frånvaro och ersättare</translation>
    </message>
    <message>
        <source>You are recorded as away until {last}.</source>
        <translation>Du är registrerad som frånvarande till och med {last}.</translation>
    </message>
    <message>
        <source>You cover nobody&apos;s accounts today.</source>
        <translation>I dag ersätter du ingen.</translation>
    </message>
    <message>
        <source>You cover it until {last}</source>
        <translation>Du sköter kontot till och med {last}</translation>
    </message>
    <message>
        <source>{name} covers it</source>
        <translation>{name} sköter kontot</translation>
    </message>
    <message>
        <source>Officer away, nobody covers it</source>
        <translation>Kontoansvarig frånvarande, ingen ersätter</translation>
    </message>
    <message>
        <source>Officer at work</source>
        <translation>Kontoansvarig på plats</translation>
    </message>
    <message numerus="yes">
        <source>Today you cover %n accounts for {names}.</source>
        <translation>
            <numerusform>I dag sköter du %n konto i stället för {names}.</numerusform>
            <numerusform>I dag sköter du %n konton i stället för {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are deputy for no account. An account&apos;s deputies are set on its page (Edit account); an officer can also choose you when recording an absence.</source>
        <translation>Du är inte ersättare för något konto. Ett kontos ersättare anges på kontots sida (Redigera konto). En kontoansvarig kan också välja dig när frånvaro registreras.</translation>
    </message>
    <message>
        <source>No absence is recorded. Record yours before you go away.</source>
        <translation>Ingen frånvaro är registrerad. Registrera din frånvaro i god tid innan du är borta.</translation>
    </message>
    <message>
        <source>(No handover note written.)</source>
        <translation>(Ingen överlämningsanteckning är skriven.)</translation>
    </message>
    <message>
        <source>You already cover {account} today, under {name}&apos;s absence {first} – {last}. Change that absence to cover other days?</source>
        <translation>Du sköter redan {account} i dag, under frånvaron för {name} {first} – {last}. Vill du ändra den frånvaron för att sköta kontot andra dagar?</translation>
    </message>
    <message>
        <source>&amp;Change the absence</source>
        <translation>&amp;Ändra frånvaron</translation>
    </message>
    <message>
        <source>{deputy} already covers {account} today, under {name}&apos;s absence {first} – {last}. Take it over in that absence? {deputy} then no longer covers it, and the handover note stays as it is.</source>
        <translation>{deputy} sköter redan {account} i dag, under frånvaron för {name} {first} – {last}. Vill du ta över kontot i den frånvaron? {deputy} sköter det då inte längre, och överlämningsanteckningen är kvar som den är.</translation>
    </message>
    <message>
        <source>&amp;Take over in that absence</source>
        <translation>&amp;Ta över i den frånvaron</translation>
    </message>
    <message>
        <source>Already covered</source>
        <translation>Kontot sköts redan</translation>
    </message>
    <message>
        <source>Call off the absence?</source>
        <translation>Återkalla frånvaron?</translation>
    </message>
    <message>
        <source>Call off {name}&apos;s absence {first} – {last}? The accounts go back to {name} for those days. The absence stays in the log as called off.</source>
        <translation>Vill du återkalla frånvaron för {name} {first} – {last}? Kontona går då tillbaka till {name} de dagarna. Frånvaron finns kvar i loggen som återkallad.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sparades inte</translation>
    </message>
    <message>
        <source>The absence was called off.</source>
        <translation>Frånvaron har återkallats.</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Nothing was imported from {file}. Correct these rows and import the whole file again:</source>
        <translation>Ingenting importerades från {file}. Rätta de här raderna och importera sedan hela filen igen:</translation>
    </message>
    <message>
        <source>The file {file} cannot be read ({reason}).</source>
        <translation>Filen {file} går inte att läsa ({reason}).</translation>
    </message>
    <message>
        <source>The file {file} is too large to be an account register.</source>
        <translation>Filen {file} är för stor för att vara ett kontoregister.</translation>
    </message>
    <message>
        <source>The file {file} is an older Excel workbook (.xls) or one protected by a password, which Kontokoll cannot read. In Excel, save it as “Excel Workbook (.xlsx)” without a password, or as CSV, and import it again.</source>
        <translation>Filen {file} är en äldre Excel-arbetsbok (.xls) eller en som är skyddad med lösenord, och sådana kan Kontokoll inte läsa. Spara den i Excel som ”Excel-arbetsbok (.xlsx)” utan lösenord, eller som CSV, och importera den igen.</translation>
    </message>
    <message>
        <source>The file {file} has more than {limit} rows, too many for an account register. Import the register&apos;s own rows only.</source>
        <translation>Filen {file} har fler än {limit} rader, vilket är för många för ett kontoregister. Importera bara registrets egna rader.</translation>
    </message>
    <message>
        <source>The text in {file} is in an encoding Kontokoll does not know. In Excel, save it as “CSV UTF-8 (comma delimited)” or “CSV (semicolon delimited)”, and import it again.</source>
        <translation>Texten i {file} har en teckenkodning som Kontokoll inte känner till. Spara filen i Excel som ”CSV UTF-8 (kommaavgränsad)” eller ”CSV (semikolonavgränsad)” och importera den igen.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as an Excel workbook ({reason}). Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)” or as CSV, and import it again.</source>
        <translation>Filen {file} kan inte läsas som en Excel-arbetsbok ({reason}). Öppna den i Excel eller LibreOffice, spara den som ”Excel-arbetsbok (.xlsx)” eller som CSV och importera den igen.</translation>
    </message>
    <message>
        <source>The workbook {file} holds far more text than an account register ({megabytes} MB unpacked). Copy the register&apos;s own rows into a new workbook, or save them as CSV, and import that.</source>
        <translation>Arbetsboken {file} innehåller mycket mer text än ett kontoregister ({megabytes} MB uppackad). Kopiera registrets egna rader till en ny arbetsbok, eller spara dem som CSV, och importera den.</translation>
    </message>
    <message>
        <source>Row {row} of {file} has more than {limit} columns, too many for an account register. Delete the columns to the right of the register and import it again.</source>
        <translation>Rad {row} i {file} har fler än {limit} kolumner, vilket är för många för ett kontoregister. Ta bort kolumnerna till höger om registret och importera filen igen.</translation>
    </message>
    <message>
        <source>The file {file} is empty. The first row must name the columns, for example: plattform;namn;adress;förvaltning;ansvarig</source>
        <translation>Filen {file} är tom. Första raden ska innehålla kolumnernas namn, till exempel: plattform;namn;adress;förvaltning;ansvarig</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as CSV near line {line} ({reason}). Save it again from Excel as CSV and import it again.</source>
        <translation>Filen {file} kan inte läsas som CSV kring rad {line} ({reason}). Spara den igen från Excel som CSV och importera den på nytt.</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plattform</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>department</source>
        <translation>förvaltning</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>kontoansvarig</translation>
    </message>
    <message>
        <source>deputies</source>
        <translation>ersättare</translation>
    </message>
    <message>
        <source>active since</source>
        <translation>aktiv sedan</translation>
    </message>
    <message>
        <source>Row {row}, column {column}: {problem}</source>
        <translation>Rad {row}, kolumn {column}: {problem}</translation>
    </message>
    <message>
        <source>platform, name and url (these three are needed), and department, officer, deputies and active since</source>
        <translation>plattform, namn och adress (de tre behövs alltid) samt förvaltning, kontoansvarig, ersättare och aktiv sedan</translation>
    </message>
    <message>
        <source>this column has no heading, yet row {filled} has a value in it. Give it one of the headings Kontokoll reads, or delete the column.</source>
        <translation>kolumnen saknar rubrik, men rad {filled} har ett värde i den. Ge den en av rubrikerna som Kontokoll läser, eller ta bort kolumnen.</translation>
    </message>
    <message>
        <source>Kontokoll does not know this heading. Rename it to one of the headings Kontokoll reads, or delete the column.</source>
        <translation>Kontokoll känner inte till den här rubriken. Byt namn på den till en av rubrikerna som Kontokoll läser, eller ta bort kolumnen.</translation>
    </message>
    <message>
        <source>this is a second “{column}” column, besides “{other}”. Keep one of the two and delete the other.</source>
        <translation>det här är en andra kolumn för ”{column}”, utöver ”{other}”. Behåll en av dem och ta bort den andra.</translation>
    </message>
    <message>
        <source>There is no “{column}” column, which every account needs. Add it, or rename the column that holds it.</source>
        <translation>Det finns ingen kolumn för ”{column}”, och den behövs för varje konto. Lägg till kolumnen, eller byt namn på kolumnen som innehåller uppgiften.</translation>
    </message>
    <message>
        <source>Nothing was imported from {file}. Its first row must name the columns, with these headings: {known}. Correct the headings and import the file again:</source>
        <translation>Ingenting importerades från {file}. Första raden ska ange kolumnerna med de här rubrikerna: {known}. Rätta rubrikerna och importera sedan filen igen:</translation>
    </message>
    <message>
        <source>“{value}” is not a platform Kontokoll knows. Write one of: {known}.</source>
        <translation>”{value}” är inte en plattform som Kontokoll känner till. Skriv en av dessa: {known}.</translation>
    </message>
    <message>
        <source>the account&apos;s name is empty.</source>
        <translation>kontots namn är tomt.</translation>
    </message>
    <message>
        <source>the same address as row {other}.</source>
        <translation>samma adress som rad {other}.</translation>
    </message>
    <message>
        <source>an account with this address is already registered.</source>
        <translation>det finns redan ett konto med den här adressen i registret.</translation>
    </message>
    <message>
        <source>“{value}” is not a start date: write a date from 1990 up to today, like 2024-03-15.</source>
        <translation>”{value}” är inget startdatum: skriv ett datum från 1990 fram till i dag, till exempel 2024-03-15.</translation>
    </message>
    <message>
        <source>The file {file} names the columns but holds no accounts.</source>
        <translation>Filen {file} har kolumnnamn men innehåller inga konton.</translation>
    </message>
</context>
<context>
    <name>CullingDialog</name>
    <message>
        <source>Log a culling</source>
        <translation>Logga en gallring</translation>
    </message>
    <message>
        <source>Every {months} months the account&apos;s content is culled as far as the platform allows, following the municipality&apos;s culling decision. The next culling falls due {months} months after the day you give here.</source>
        <translation>Var {months}:e månad gallras kontots innehåll så långt plattformen tillåter, enligt kommunens gallringsbeslut. Nästa gallring ska göras {months} månader efter dagen du anger här.</translation>
    </message>
    <message>
        <source>Culled from</source>
        <translation>Gallrat från</translation>
    </message>
    <message>
        <source>Culled up to</source>
        <translation>Gallrat till och med</translation>
    </message>
    <message>
        <source>What was culled</source>
        <translation>Vad som gallrades</translation>
    </message>
    <message>
        <source>For example: posts and comments before 1 August</source>
        <translation>Till exempel: inlägg och kommentarer före 1 augusti</translation>
    </message>
    <message>
        <source>What the platform did not allow removing</source>
        <translation>Vad plattformen inte lät ta bort</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Day culled:</source>
        <translation>&amp;Dag för gallringen:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Utfört &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Period culled:</source>
        <translation>&amp;Period som gallrades:</translation>
    </message>
    <message>
        <source>&amp;What was culled:</source>
        <translation>&amp;Vad som gallrades:</translation>
    </message>
    <message>
        <source>&amp;Not possible to remove:</source>
        <translation>&amp;Gick inte att ta bort:</translation>
    </message>
    <message>
        <source>Evidence (optional):</source>
        <translation>Bevis (frivilligt):</translation>
    </message>
    <message>
        <source>Saved the culling of {account}.</source>
        <translation>Gallringen av {account} är sparad.</translation>
    </message>
</context>
<context>
    <name>DailyCheck</name>
    <message>
        <source>Tick the steps you went through: none is ticked, and the check records only what was done.</source>
        <translation>Kryssa i de steg du har gått igenom. Inget steg är ikryssat, och kontrollen ska bara visa det som faktiskt gjordes.</translation>
    </message>
    <message>
        <source>The ground “{ground}” is not one of the guideline pack&apos;s. Choose the ground for removing the post from the list.</source>
        <translation>Skälet ”{ground}” finns inte i riktlinjepaketet. Välj skälet för att ta bort inlägget i listan.</translation>
    </message>
    <message>
        <source>Save a screenshot of the post before it is removed: attach a file or capture the screen. A removal cannot be logged without one.</source>
        <translation>Spara en skärmbild av inlägget innan det tas bort: bifoga en fil eller ta en skärmbild. Utan skärmbild går det inte att logga borttagningen.</translation>
    </message>
    <message>
        <source>Say which post it was: a link, or who wrote it and when.</source>
        <translation>Ange vilket inlägg det gällde: en länk, eller vem som skrev det och när.</translation>
    </message>
    <message>
        <source>A confidential post must be registered in the diary. Enter its diary number; ask the registrar if you do not have one yet.</source>
        <translation>Ett inlägg som kan omfattas av sekretess ska diarieföras. Skriv in diarienumret. Fråga registrator om du inte har fått något diarienummer än.</translation>
    </message>
    <message>
        <source>Choose the account you checked.</source>
        <translation>Välj kontot som du kontrollerade.</translation>
    </message>
    <message>
        <source>{day} has not come yet. Log a check for today or for a day gone by.</source>
        <translation>{day} har inte kommit ännu. Logga en kontroll för i dag eller för en dag som har varit.</translation>
    </message>
    <message>
        <source>“{account}” is not open yet: its daily checks begin once “Getting started” is finished.</source>
        <translation>”{account}” är inte öppnat än: de dagliga kontrollerna börjar när ”Så kommer du igång” är slutförd.</translation>
    </message>
    <message>
        <source>“{account}” was closed on {closed}. Choose a day before it was closed.</source>
        <translation>”{account}” stängdes {closed}. Välj en dag innan det stängdes.</translation>
    </message>
    <message>
        <source>“{account}” was not active on {day}. Choose a day from {since} on.</source>
        <translation>”{account}” var inte aktivt {day}. Välj en dag från och med {since}.</translation>
    </message>
    <message>
        <source>Kontokoll keeps the log of “{account}” from {since}, the day it came into the register; its days before then are not kept here. Choose a day from {since} on.</source>
        <translation>Kontokoll håller loggen över ”{account}” från {since}, dagen då kontot kom in i registret; dagarna före det finns inte här. Välj en dag från {since}.</translation>
    </message>
    <message>
        <source>{name} is neither an officer nor a deputy of “{account}”, nor covering for its officer on {day}, so cannot have checked it. Choose who checked from its officers and deputies.</source>
        <translation>{name} är varken kontoansvarig eller ersättare för ”{account}” och ersätter inte heller dess kontoansvariga {day}, så hen kan inte ha kontrollerat det. Välj vem som kontrollerade bland kontots kontoansvariga och ersättare.</translation>
    </message>
    <message>
        <source>{name} is recorded as away on {day}, so cannot have checked it. Choose who checked, or call off the absence first under Covering.</source>
        <translation>{name} är registrerad som frånvarande {day}, så hen kan inte ha kontrollerat kontot. Välj vem som kontrollerade, eller ställ först in frånvaron under Frånvaro och ersättare.</translation>
    </message>
    <message>
        <source>Choose who checked from the list of people, or add them first.</source>
        <translation>Välj vem som kontrollerade i listan över personer, eller lägg först till personen.</translation>
    </message>
    <message>
        <source>Count the questions answered, cases forwarded and messages to the registrar as whole numbers from 0 to {most}.</source>
        <translation>Ange besvarade frågor, vidarebefordrade ärenden och meddelanden till registrator som heltal från 0 till {most}.</translation>
    </message>
</context>
<context>
    <name>DaysModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Kontrollerad av</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Loggad</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>“{value}” does not fit {option}: give a whole number from {least} to {most}, such as {option} {example}.</source>
        <translation>”{value}” passar inte för {option}: ange ett heltal från {least} till {most}, till exempel {option} {example}.</translation>
    </message>
    <message>
        <source>The data folder {path} already holds a log with people or accounts, and the demo&apos;s made-up municipality is never mixed with a real log. Name a new, empty folder instead, such as --data-dir kontokoll-demo.</source>
        <translation>Datamappen {path} innehåller redan en logg med personer eller konton, och den påhittade demokommunen blandas aldrig med en riktig logg. Ange en ny, tom mapp i stället, till exempel --data-dir kontokoll-demo.</translation>
    </message>
    <message>
        <source>The made-up municipality could not be saved in {path} ({reason}). Free some disk space, or name another folder with --data-dir.</source>
        <translation>Den påhittade kommunen kunde inte sparas i {path} ({reason}). Frigör lite diskutrymme, eller ange en annan mapp med --data-dir.</translation>
    </message>
</context>
<context>
    <name>DeputyModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Kontoansvarig</translation>
    </message>
    <message>
        <source>Today&apos;s check</source>
        <translation>Dagens kontroll</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Inte kontrollerad än</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Inte en arbetsdag</translation>
    </message>
    <message>
        <source>Checked by {name} at {time}</source>
        <translation>Kontrollerad av {name} kl. {time}</translation>
    </message>
</context>
<context>
    <name>DocumentationDialog</name>
    <message>
        <source>Log documentation</source>
        <translation>Logga dokumentation</translation>
    </message>
    <message>
        <source>The information unit documents every account twice a year and after any larger change, by saving a screenshot of the whole account.</source>
        <translation>Informationsenheten dokumenterar varje konto två gånger om året och efter varje större förändring, genom att spara en skärmbild av hela kontot.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Optional, for example what had changed</source>
        <translation>Frivilligt, till exempel vad som hade ändrats</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Day documented:</source>
        <translation>&amp;Dag för dokumentationen:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Utfört &amp;av:</translation>
    </message>
    <message>
        <source>Screenshot:</source>
        <translation>Skärmbild:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Anteckning:</translation>
    </message>
    <message>
        <source>Saved the documentation of {account}.</source>
        <translation>Dokumentationen av {account} är sparad.</translation>
    </message>
</context>
<context>
    <name>DrillDaysModel</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Kontrollerad av</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Loggad</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Borttagningar</translation>
    </message>
</context>
<context>
    <name>Duties</name>
    <message>
        <source>Yearly; last revised on {day}.</source>
        <translation>Varje år; senast reviderat {day}.</translation>
    </message>
    <message>
        <source>Yearly; none recorded since Kontokoll came into use on {day}.</source>
        <translation>Varje år; ingen registrerad sedan Kontokoll togs i bruk {day}.</translation>
    </message>
    <message>
        <source>Not yet checked today.</source>
        <translation>Inte kontrollerat i dag ännu.</translation>
    </message>
    <message numerus="yes">
        <source>%n working days without a logged check, the last {day}.</source>
        <translation>
            <numerusform>%n arbetsdag utan loggad kontroll, den {day}.</numerusform>
            <numerusform>%n arbetsdagar utan loggad kontroll, senast {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every {months} months; last culled on {day}.</source>
        <translation>Var {months}:e månad; senast gallrat {day}.</translation>
    </message>
    <message>
        <source>Every {months} months; not culled since it became active on {day}.</source>
        <translation>Var {months}:e månad; inte gallrat sedan kontot blev aktivt {day}.</translation>
    </message>
    <message>
        <source>Twice-yearly documentation, round of {month} {year}.</source>
        <translation>Dokumentation två gånger om året, omgången {month} {year}.</translation>
    </message>
    <message>
        <source>A larger change was recorded on {day}.</source>
        <translation>En större förändring registrerades {day}.</translation>
    </message>
    <message>
        <source>Nothing done in it since {day}.</source>
        <translation>Inget gjort i den sedan {day}.</translation>
    </message>
    <message>
        <source>Daily check</source>
        <translation>Daglig kontroll</translation>
    </message>
    <message>
        <source>Missed checks</source>
        <translation>Missade kontroller</translation>
    </message>
    <message>
        <source>Culling</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Revision of the rules</source>
        <translation>Revidering av riktlinjerna</translation>
    </message>
    <message>
        <source>Checklist left waiting</source>
        <translation>Checklista som väntar</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>Sedan {day}</translation>
    </message>
    <message>
        <source>Overdue, was due {day}</source>
        <translation>Försenad, skulle vara klar {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Due by {day}</source>
        <translation>Senast {day}</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
</context>
<context>
    <name>DutyCalendar</name>
    <message numerus="yes">
        <source>Saved %n dates of every duty in the municipality for the next {months} months in {path}.</source>
        <translation>
            <numerusform>Sparade %n datum för alla uppgifter i kommunen de kommande {months} månaderna i {path}.</numerusform>
            <numerusform>Sparade %n datum för alla uppgifter i kommunen de kommande {months} månaderna i {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n dates of your duties for the next {months} months in {path}.</source>
        <translation>
            <numerusform>Sparade %n datum för dina uppgifter de kommande {months} månaderna i {path}.</numerusform>
            <numerusform>Sparade %n datum för dina uppgifter de kommande {months} månaderna i {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyDesk</name>
    <message>
        <source>Still to check today</source>
        <translation>Kvar att kontrollera i dag</translation>
    </message>
    <message>
        <source>Duties for today</source>
        <translation>Dagens uppgifter</translation>
    </message>
    <message>
        <source>Reminders are snoozed for an hour.</source>
        <translation>Påminnelserna är pausade en timme.</translation>
    </message>
    <message>
        <source>Reminders are snoozed until tomorrow morning.</source>
        <translation>Påminnelserna är pausade till i morgon bitti.</translation>
    </message>
</context>
<context>
    <name>DutyDialog</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>The account you were looking at is not active today, so nothing can be logged for it. Choose an active account.</source>
        <translation>Kontot du tittade på är inte aktivt i dag, så inget kan loggas för det. Välj ett aktivt konto.</translation>
    </message>
    <message>
        <source>Day done</source>
        <translation>Dag då det gjordes</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Utfört av</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Choose the account this was done for.</source>
        <translation>Välj kontot som det här gjordes för.</translation>
    </message>
    <message>
        <source>There is no active account to log this for. Open an account first.</source>
        <translation>Det finns inget aktivt konto att logga detta för. Öppna ett konto först.</translation>
    </message>
</context>
<context>
    <name>DutyEntries</name>
    <message>
        <source>{day} has not come yet. Log a duty on the day it was done, or later.</source>
        <translation>{day} har inte kommit ännu. Logga en uppgift samma dag som den gjordes, eller senare.</translation>
    </message>
    <message>
        <source>{account} was not active on {day}. Choose a day from {since} on.</source>
        <translation>{account} var inte aktivt {day}. Välj en dag från och med {since}.</translation>
    </message>
    <message>
        <source>{account} was closed on {closed}. Choose a day before it was closed.</source>
        <translation>{account} stängdes {closed}. Välj en dag innan det stängdes.</translation>
    </message>
    <message>
        <source>Choose who did it from the list of people, or add them first.</source>
        <translation>Välj vem som gjorde det i listan över personer, eller lägg först till personen.</translation>
    </message>
    <message>
        <source>The period culled runs from {first} to {last}. It must start before it ends and end no later than the day of the culling ({day}).</source>
        <translation>Perioden som gallrades går från {first} till {last}. Den måste börja innan den slutar och sluta senast dagen för gallringen ({day}).</translation>
    </message>
    <message>
        <source>Say what was culled, for example “posts and comments older than three months”. Write “nothing to cull” if there was nothing.</source>
        <translation>Skriv vad som gallrades, till exempel ”inlägg och kommentarer äldre än tre månader”. Skriv ”inget att gallra” om det inte fanns något.</translation>
    </message>
    <message>
        <source>Documentation is a screenshot of the whole account: attach the file or capture the screen before saving.</source>
        <translation>Dokumentation är en skärmbild av hela kontot: bifoga filen eller fånga skärmen innan du sparar.</translation>
    </message>
    <message>
        <source>Say what the revision changed, or write “no changes” if the rules stand.</source>
        <translation>Skriv vad revideringen ändrade, eller ”inga ändringar” om riktlinjerna står kvar.</translation>
    </message>
    <message>
        <source>Describe the change, for example “new name and profile picture”.</source>
        <translation>Beskriv förändringen, till exempel ”nytt namn och ny profilbild”.</translation>
    </message>
    <message>
        <source>Choose the account this was done for.</source>
        <translation>Välj kontot som det här gjordes för.</translation>
    </message>
</context>
<context>
    <name>DutyHistory</name>
    <message>
        <source>Culling and documentation</source>
        <translation>Gallring och dokumentation</translation>
    </message>
    <message>
        <source>Log c&amp;ulling…</source>
        <translation>Logga gall&amp;ring…</translation>
    </message>
    <message>
        <source>Log d&amp;ocumentation…</source>
        <translation>Logga d&amp;okumentation…</translation>
    </message>
    <message>
        <source>Larger c&amp;hange…</source>
        <translation>Större för&amp;ändring…</translation>
    </message>
    <message>
        <source>Culling is overdue: it was due {day} (every {months} months).</source>
        <translation>Gallringen är försenad: den skulle ha gjorts senast {day} (var {months}:e månad).</translation>
    </message>
    <message>
        <source>Next culling due by {day} (every {months} months).</source>
        <translation>Nästa gallring senast {day} (var {months}:e månad).</translation>
    </message>
    <message>
        <source>None logged yet.</source>
        <translation>Inget loggat ännu.</translation>
    </message>
    <message>
        <source>Cullings</source>
        <translation>Gallringar</translation>
    </message>
    <message>
        <source>{day}, by {name}: {first} – {last}. Culled: {removed}</source>
        <translation>{day}, av {name}: {first} – {last}. Gallrat: {removed}</translation>
    </message>
    <message>
        <source>Not possible to remove: {kept}</source>
        <translation>Gick inte att ta bort: {kept}</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>{day}, by {name}</source>
        <translation>{day}, av {name}</translation>
    </message>
    <message>
        <source>Larger changes</source>
        <translation>Större förändringar</translation>
    </message>
</context>
<context>
    <name>DutyMenu</name>
    <message>
        <source>Your duties now and coming up</source>
        <translation>Dina uppgifter nu och framöver</translation>
    </message>
    <message>
        <source>…and {count} more: open Kontokoll</source>
        <translation>…och {count} till: öppna Kontokoll</translation>
    </message>
    <message>
        <source>Nothing due: all done for now</source>
        <translation>Inget att göra: allt klart för nu</translation>
    </message>
    <message>
        <source>&amp;Open Kontokoll</source>
        <translation>&amp;Öppna Kontokoll</translation>
    </message>
    <message>
        <source>Snooze reminders for an &amp;hour</source>
        <translation>Pausa påminnelserna en &amp;timme</translation>
    </message>
    <message>
        <source>Snooze reminders until &amp;tomorrow</source>
        <translation>Pausa påminnelserna till i &amp;morgon</translation>
    </message>
    <message>
        <source>&amp;Quit Kontokoll</source>
        <translation>&amp;Avsluta Kontokoll</translation>
    </message>
</context>
<context>
    <name>DutyModel</name>
    <message>
        <source>Duty</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
</context>
<context>
    <name>DutyPanel</name>
    <message>
        <source>&lt;b&gt;Other duties&lt;/b&gt; – culling, documentation and more</source>
        <translation>&lt;b&gt;Andra uppgifter&lt;/b&gt; – gallring, dokumentation med mera</translation>
    </message>
    <message>
        <source>Other duties</source>
        <translation>Andra uppgifter</translation>
    </message>
    <message>
        <source>Do i&amp;t now…</source>
        <translation>&amp;Gör det nu…</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>The file {path} no longer exists. Choose the file again.</source>
        <translation>Filen {path} finns inte längre. Välj filen igen.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}). Choose another file.</source>
        <translation>Filen {path} går inte att läsa ({reason}). Välj en annan fil.</translation>
    </message>
    <message>
        <source>The file {name} is empty. A screenshot must show the post.</source>
        <translation>Filen {name} är tom. En skärmbild måste visa inlägget.</translation>
    </message>
    <message>
        <source>The file {name} is called a PDF but is not one. Attach the screenshot itself: a picture (PNG, JPEG and the like) or a PDF.</source>
        <translation>Filen {name} heter som en PDF men är ingen. Bifoga själva skärmbilden: en bild (PNG, JPEG eller liknande) eller en PDF.</translation>
    </message>
    <message>
        <source>The evidence file could not be saved in {folder} ({reason}). Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation>Filen med underlaget kunde inte sparas i {folder} ({reason}). Frigör diskutrymme eller kontrollera behörigheten till mappen och försök sedan igen.</translation>
    </message>
    <message>
        <source>The file {name} is {megabytes} MB; a screenshot of a post is far smaller, and at most {limit} MB is kept. Attach the screenshot itself.</source>
        <translation>Filen {name} är {megabytes} MB. En skärmbild av ett inlägg är mycket mindre, och högst {limit} MB sparas. Bifoga själva skärmbilden.</translation>
    </message>
</context>
<context>
    <name>EvidenceLinks</name>
    <message>
        <source>Link not opened</source>
        <translation>Länken öppnades inte</translation>
    </message>
    <message>
        <source>No program on this computer opened {url}. Copy the address and open it in a web browser.</source>
        <translation>Inget program på datorn öppnade {url}. Kopiera adressen och öppna den i en webbläsare.</translation>
    </message>
    <message>
        <source>&amp;Copy the address</source>
        <translation>&amp;Kopiera adressen</translation>
    </message>
    <message>
        <source>Screenshot missing</source>
        <translation>Skärmbilden saknas</translation>
    </message>
    <message>
        <source>The screenshot file ({sha}) is not in the evidence folder {folder}. It may have been moved or deleted outside Kontokoll. Restore the folder from a backup; the log itself is unchanged.</source>
        <translation>Filen med skärmbilden ({sha}) finns inte i underlagsmappen {folder}. Den kan ha flyttats eller raderats utanför Kontokoll. Återställ mappen från en säkerhetskopia. Själva loggen är oförändrad.</translation>
    </message>
    <message>
        <source>Screenshot not opened</source>
        <translation>Skärmbilden öppnades inte</translation>
    </message>
    <message>
        <source>No program on this computer could open the screenshot. The file is kept at
{path}
Open it from there with a picture viewer or a web browser, or ask IT to set up a program that opens pictures.</source>
        <translation>Inget program på datorn kunde öppna skärmbilden. Filen finns här:
{path}
Öppna den därifrån med ett bildprogram eller en webbläsare, eller be IT installera ett program som visar bilder.</translation>
    </message>
    <message>
        <source>&amp;Copy the path</source>
        <translation>&amp;Kopiera sökvägen</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <source>Attach &amp;file…</source>
        <translation>Bifoga &amp;fil…</translation>
    </message>
    <message>
        <source>&amp;Capture screen</source>
        <translation>&amp;Ta skärmbild</translation>
    </message>
    <message>
        <source>No screenshot yet. Paste one (Ctrl+V), drop a picture here or attach a file.</source>
        <translation>Ingen skärmbild än. Klistra in en (Ctrl+V), dra en bild hit eller bifoga en fil.</translation>
    </message>
    <message>
        <source>Pa&amp;ste</source>
        <translation>&amp;Klistra in</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard (Ctrl+V): take it with Win+Shift+S, mark the post, then paste it here.</source>
        <translation>Klistra in en skärmbild från urklipp (Ctrl+V): ta den med Win+Skift+S, markera inlägget och klistra sedan in den här.</translation>
    </message>
    <message>
        <source>Kontokoll hides itself, takes a picture of the screen it is on (or the one you choose) and shows it to you; you may keep only part of it.</source>
        <translation>Kontokoll döljer sig, tar en bild av skärmen som fönstret finns på (eller den du väljer) och visar den för dig. Du kan välja att bara behålla en del av den.</translation>
    </message>
    <message>
        <source>Choose the screenshot</source>
        <translation>Välj skärmbilden</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;PDF (*.pdf);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;PDF (*.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{name} is not a picture. Attach a screenshot (PNG, JPEG and the like) or a PDF.</source>
        <translation>{name} är ingen bild. Bifoga en skärmbild (PNG, JPEG eller liknande) eller en PDF.</translation>
    </message>
    <message>
        <source>The screen could not be captured on this computer. Take a screenshot with the computer&apos;s own tool and attach it as a file.</source>
        <translation>Skärmen kunde inte fotograferas på den här datorn. Ta en skärmbild med datorns eget verktyg och bifoga den som fil.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take a screenshot of the post first (on Windows: Win+Shift+S and mark the post), then paste it here with Ctrl+V.</source>
        <translation>Det finns ingen bild i urklipp. Ta först en skärmbild av inlägget (i Windows: Win+Skift+S och markera inlägget) och klistra sedan in den här med Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The folder {folder} does not exist, so {path} could not be written. Create the folder or choose another place for the file.</source>
        <translation>Mappen {folder} finns inte, så {path} kunde inte sparas. Skapa mappen eller välj en annan plats för filen.</translation>
    </message>
    <message>
        <source>{path} is a folder. Add a file name to it, such as kontokoll{suffix}.</source>
        <translation>{path} är en mapp. Lägg till ett filnamn, till exempel kontokoll{suffix}.</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Check that you may write to the folder, that the disk is not full and that the file is not open in another program, then try again. Any earlier file there is unchanged.</source>
        <translation>{path} kunde inte sparas ({reason}). Kontrollera att du har rätt att skriva i mappen, att disken inte är full och att filen inte är öppen i ett annat program, och försök sedan igen. En tidigare fil med samma namn är oförändrad.</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>Kontokoll ran into a fault of its own ({reason}), so this was not done. Nothing saved was changed. Try again; if it happens again, please report it to whoever supports Kontokoll.</source>
        <translation>Kontokoll stötte på ett eget fel ({reason}), så det här blev inte gjort. Inget sparat har ändrats. Försök igen; om det händer igen, rapportera det till den som stöder Kontokoll hos er.</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Kontokoll</source>
        <translation>Välkommen till Kontokoll</translation>
    </message>
    <message>
        <source>Kontokoll keeps the log of your social media accounts: the daily checks, what was removed and why, with screenshots as proof. First, tell it who you are. Your name goes into every entry you make.</source>
        <translation>Kontokoll håller en logg över dina konton i sociala medier: de dagliga kontrollerna, vad som togs bort och varför, med skärmbilder som bevis. Börja med att berätta vem du är. Ditt namn skrivs in i allt du loggar.</translation>
    </message>
    <message>
        <source>Firstname Lastname</source>
        <translation>Förnamn Efternamn</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>firstname.lastname@municipality.se</source>
        <translation>fornamn.efternamn@kommun.se</translation>
    </message>
    <message>
        <source>Your work e-mail address</source>
        <translation>Din e-postadress på jobbet</translation>
    </message>
    <message>
        <source>None: this workstation works alone</source>
        <translation>Ingen: den här arbetsstationen arbetar ensam</translation>
    </message>
    <message>
        <source>If your team shares a folder for Kontokoll, choose it now: the accounts and your colleagues&apos; work then appear here. You can also choose it later under File → Settings → Team.</source>
        <translation>Om ditt team delar en mapp för Kontokoll, välj den nu: då visas kontona och dina kollegors arbete här. Du kan också välja den senare under Arkiv → Inställningar → Team och roller.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Work &amp;e-mail:</source>
        <translation>&amp;E-post på jobbet:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>&amp;Team folder:</source>
        <translation>&amp;Teammapp:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starta</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Skriv ditt namn.</translation>
    </message>
    <message>
        <source>Enter your work e-mail address, for example anna.andersson@lidingo.se.</source>
        <translation>Skriv din e-postadress på jobbet, till exempel anna.andersson@lidingo.se.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Kryssa i minst en roll.</translation>
    </message>
    <message>
        <source>The team folder could not be kept in the settings ({reason}). Leave it empty for now and choose it later under File → Settings → Team.</source>
        <translation>Teammappen kunde inte sparas i inställningarna ({reason}). Lämna fältet tomt så länge och välj mappen senare under Arkiv → Inställningar → Team och roller.</translation>
    </message>
    <message>
        <source>Quit Kontokoll?</source>
        <translation>Avsluta Kontokoll?</translation>
    </message>
    <message>
        <source>Quit Kontokoll without saving?</source>
        <translation>Avsluta Kontokoll utan att spara?</translation>
    </message>
    <message>
        <source>Kontokoll needs your name and work e-mail address: they go into every entry you make. Quit now and it asks again the next time it starts.</source>
        <translation>Kontokoll behöver ditt namn och din e-postadress på jobbet: de står i varje anteckning du gör. Avslutar du nu frågar Kontokoll igen nästa gång det startar.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Gå tillbaka</translation>
    </message>
</context>
<context>
    <name>GuidelinePack</name>
    <message>
        <source>The guideline pack {file} cannot be used.</source>
        <translation>Riktlinjepaketet {file} går inte att använda.</translation>
    </message>
    <message>
        <source>The guideline pack {file} cannot be used. The problem is at line {line}.</source>
        <translation>Riktlinjepaketet {file} går inte att använda. Problemet finns på rad {line}.</translation>
    </message>
    <message>
        <source>The guideline pack {file} cannot be used. The problem is in the section {section}.</source>
        <translation>Riktlinjepaketet {file} går inte att använda. Problemet finns i avsnittet {section}.</translation>
    </message>
    <message>
        <source>The guideline pack {file} cannot be used. The problem is at line {line}, in the section {section}.</source>
        <translation>Riktlinjepaketet {file} går inte att använda. Problemet finns på rad {line}, i avsnittet {section}.</translation>
    </message>
    <message>
        <source>The guideline pack {file} cannot be used. The problem is in the section {section}, field {field}.</source>
        <translation>Riktlinjepaketet {file} går inte att använda. Problemet finns i avsnittet {section}, fältet {field}.</translation>
    </message>
    <message>
        <source>The guideline pack {file} cannot be used. The problem is at line {line}, in the section {section}, field {field}.</source>
        <translation>Riktlinjepaketet {file} går inte att använda. Problemet finns på rad {line}, i avsnittet {section}, fältet {field}.</translation>
    </message>
    <message>
        <source>The file cannot be read ({reason}). Check that the file exists and that you may open it, then load it again.</source>
        <translation>Filen går inte att läsa ({reason}). Kontrollera att filen finns och att du har behörighet att öppna den. Läs sedan in den igen.</translation>
    </message>
    <message>
        <source>The file is not plain UTF-8 text. Open it in a text editor and save it with the encoding UTF-8.</source>
        <translation>Filen är inte ren text i UTF-8. Öppna den i en textredigerare och spara den med teckenkodningen UTF-8.</translation>
    </message>
    <message>
        <source>The tables or lists are nested too deeply to be read. A pack needs only a few levels; compare it with the pack that comes with Kontokoll.</source>
        <translation>Tabellerna eller listorna ligger i för många nivåer för att kunna läsas. Ett paket behöver bara några få nivåer; jämför med paketet som följer med Kontokoll.</translation>
    </message>
    <message>
        <source>The file is larger than any guideline pack (over {limit} kB). Check that it is the pack you meant to load.</source>
        <translation>Filen är större än något riktlinjepaket (över {limit} kB). Kontrollera att det är paketet du ville läsa in.</translation>
    </message>
    <message>
        <source>The text does not follow the TOML format ({reason}). Correct it, comparing with the pack that comes with Kontokoll.</source>
        <translation>Texten följer inte TOML-formatet ({reason}). Rätta den och jämför med paketet som följer med Kontokoll.</translation>
    </message>
    <message>
        <source>It is missing or empty. Add it as in the pack that comes with Kontokoll.</source>
        <translation>Uppgiften saknas eller är tom. Lägg till den på samma sätt som i paketet som följer med Kontokoll.</translation>
    </message>
    <message>
        <source>The value is of the wrong kind. Write it like this: {example}</source>
        <translation>Värdet har fel form. Skriv det så här: {example}</translation>
    </message>
    <message>
        <source>The text in the language “{language}” is missing or empty. Every text needs both sv (Swedish) and en (English).</source>
        <translation>Texten på språket ”{language}” saknas eller är tom. Varje text måste finnas på både sv (svenska) och en (engelska).</translation>
    </message>
    <message>
        <source>“{value}” is not allowed here. Use one of: {allowed}.</source>
        <translation>”{value}” är inte tillåtet här. Använd något av följande: {allowed}.</translation>
    </message>
    <message>
        <source>“{value}” cannot be used as an id. Use lowercase letters a–z, digits and underscores, beginning with a letter, for example work_email.</source>
        <translation>”{value}” kan inte användas som id. Använd små bokstäver a–z, siffror och understreck, och börja med en bokstav, till exempel work_email.</translation>
    </message>
    <message>
        <source>“{value}” occurs more than once here. Each must be unique, so change or remove the repeat.</source>
        <translation>”{value}” förekommer mer än en gång här. Varje värde måste vara unikt, så ändra eller ta bort dubbletten.</translation>
    </message>
    <message>
        <source>{value} is out of range. Use a whole number from {low} to {high}.</source>
        <translation>{value} ligger utanför det tillåtna intervallet. Använd ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>The list of evidence is empty. List the fields the step asks for, such as [&quot;person&quot;, &quot;date&quot;], or write evidence = &quot;none&quot; for a step that is only confirmed.</source>
        <translation>Listan över underlag är tom. Räkna upp de uppgifter steget ber om, till exempel [&quot;person&quot;, &quot;date&quot;], eller skriv evidence = &quot;none&quot; för ett steg som bara bekräftas.</translation>
    </message>
    <message>
        <source>“none” cannot stand in a list of evidence. Write evidence = &quot;none&quot; on its own for a step that is only confirmed, or list only the fields the step asks for.</source>
        <translation>”none” kan inte stå i en lista över underlag. Skriv evidence = &quot;none&quot; ensamt för ett steg som bara bekräftas, eller räkna bara upp de uppgifter steget ber om.</translation>
    </message>
    <message>
        <source>evidence_rule = &quot;any&quot; means that one of several fields is enough, so the step must ask for at least two, such as evidence = [&quot;url&quot;, &quot;file&quot;]. Add the missing kinds to evidence, or remove evidence_rule.</source>
        <translation>evidence_rule = &quot;any&quot; betyder att en av flera uppgifter räcker, så steget måste be om minst två, till exempel evidence = [&quot;url&quot;, &quot;file&quot;]. Lägg till de slag som saknas i evidence, eller ta bort evidence_rule.</translation>
    </message>
    <message>
        <source>The guideline pack could not be saved in the data folder {folder} ({reason}). The pack in use is unchanged. Check that there is free space and that you may write to the folder, then load the pack again.</source>
        <translation>Riktlinjepaketet kunde inte sparas i datamappen {folder} ({reason}). Paketet som används är oförändrat. Kontrollera att det finns ledigt diskutrymme och att du har rätt att skriva i mappen, och läs sedan in paketet igen.</translation>
    </message>
    <message>
        <source>The installed guideline pack {file} could not be removed ({reason}). Check that you may write to the data folder, then try again.</source>
        <translation>Det installerade riktlinjepaketet {file} kunde inte tas bort ({reason}). Kontrollera att du har rätt att skriva i datamappen och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Heat map of the checks, accounts by days</source>
        <translation>Värmekarta över kontrollerna, konton per dag</translation>
    </message>
    <message>
        <source>{account}, {day}: {state}</source>
        <translation>{account}, {day}: {state}</translation>
    </message>
    <message>
        <source>No accounts or days to show.</source>
        <translation>Inga konton eller dagar att visa.</translation>
    </message>
    <message>
        <source>Checked on the day</source>
        <translation>Kontrollerad samma dag</translation>
    </message>
    <message>
        <source>Checked late</source>
        <translation>Kontrollerad i efterhand</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missad</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Inte en arbetsdag</translation>
    </message>
    <message>
        <source>Account not active</source>
        <translation>Kontot inte aktivt</translation>
    </message>
    <message>
        <source>Today, not checked yet</source>
        <translation>I dag, ännu inte kontrollerad</translation>
    </message>
</context>
<context>
    <name>HeatMapLegend</name>
    <message>
        <source>Legend of the heat map</source>
        <translation>Förklaring till värmekartan</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Kontokoll help</source>
        <translation>Hjälp för Kontokoll</translation>
    </message>
    <message>
        <source>Search the help</source>
        <translation>Sök i hjälpen</translation>
    </message>
    <message>
        <source>Search the help…</source>
        <translation>Sök i hjälpen…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Contents of the help</source>
        <translation>Hjälpens innehåll</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hjälptext</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Hittades inte</translation>
    </message>
</context>
<context>
    <name>IntroductionDialog</name>
    <message>
        <source>Introduction to Kontokoll</source>
        <translation>Introduktion till Kontokoll</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Föregående</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>1. &amp;Import the register…</source>
        <translation>1. &amp;Importera registret…</translation>
    </message>
    <message>
        <source>2. Choose the &amp;team folder…</source>
        <translation>2. Välj &amp;teammapp…</translation>
    </message>
    <message>
        <source>3. Hand out &amp;roles…</source>
        <translation>3. Dela ut &amp;roller…</translation>
    </message>
    <message>
        <source>Open the &amp;help</source>
        <translation>Öppna &amp;hjälpen</translation>
    </message>
    <message>
        <source>This is My day</source>
        <translation>Det här är Min dag</translation>
    </message>
    <message>
        <source>My day lists the accounts you are to check today: your own, and those you cover for a colleague who is away. A checked account is marked as done. Below them are the other duties and the checklists under way. When you will be away, record it under Covering, so that your deputy sees your accounts.</source>
        <translation>Min dag visar de konton du ska kontrollera i dag: dina egna och dem du sköter i stället för en kollega som är borta. Ett kontrollerat konto markeras som klart. Under kontona finns de andra uppgifterna och pågående checklistor. När du ska vara borta registrerar du det under Frånvaro och ersättare, så att din ersättare ser dina konton.</translation>
    </message>
    <message>
        <source>The daily check</source>
        <translation>Den dagliga kontrollen</translation>
    </message>
    <message>
        <source>Every working day, go through the account&apos;s posts, comments and messages. Answer questions, forward cases to the right person, and forward direct messages to the registrar: they are public records. Take a screenshot before you delete anything. Then log the check with Log check… (Ctrl+L).</source>
        <translation>Gå varje arbetsdag igenom kontots inlägg, kommentarer och meddelanden. Svara på frågor, skicka ärenden vidare till rätt person och skicka direktmeddelanden vidare till registrator, eftersom de är allmänna handlingar. Ta en skärmbild innan du tar bort något. Logga sedan kontrollen med Logga kontroll… (Ctrl+L).</translation>
    </message>
    <message>
        <source>The other duties</source>
        <translation>De andra uppgifterna</translation>
    </message>
    <message>
        <source>Every quarter the account&apos;s content is culled, and in March and October the information unit documents every account with a screenshot. Kontokoll reminds you when a duty is due, at the top of the window and in the system tray, and keeps when it was done.</source>
        <translation>Varje kvartal gallras kontots innehåll, och i mars och oktober dokumenterar informationsenheten varje konto med en skärmbild. Kontokoll påminner dig när en uppgift ska göras, högst upp i fönstret och i meddelandefältet, och sparar när den blev gjord.</translation>
    </message>
    <message>
        <source>This is Kontokoll</source>
        <translation>Det här är Kontokoll</translation>
    </message>
    <message>
        <source>Kontokoll keeps the log of the city&apos;s social media accounts: the daily checks, what was removed and why, the checklists for opening and closing an account, and the recurring duties. The Register lists every account with its address and responsible officer.</source>
        <translation>Kontokoll håller en logg över stadens konton i sociala medier: de dagliga kontrollerna, vad som togs bort och varför, checklistorna när ett konto öppnas och avslutas och de återkommande uppgifterna. Registret visar varje konto med adress och kontoansvarig.</translation>
    </message>
    <message>
        <source>The review</source>
        <translation>Granskningen</translation>
    </message>
    <message>
        <source>As a manager you follow the daily checks under Review: per account, person and period, with missed and late days. Save it as a PDF to print and sign.</source>
        <translation>Som chef följer du de dagliga kontrollerna under Granskning: per konto, person och period, med missade och sena dagar. Spara granskningen som PDF att skriva ut och skriva under.</translation>
    </message>
    <message>
        <source>Set Kontokoll up for the city</source>
        <translation>Gör Kontokoll klart för staden</translation>
    </message>
    <message>
        <source>As the information unit you make Kontokoll ready in three steps: import the city&apos;s register of accounts from a CSV file, choose a team folder every workstation can reach, and grant colleagues their roles once they have asked for them.</source>
        <translation>Som medarbetare på informationsenheten gör du Kontokoll klart i tre steg: importera stadens förteckning över konton från en CSV-fil, välj en teammapp som alla arbetsstationer når och bevilja kollegorna deras roller när de har bett om dem.</translation>
    </message>
    <message>
        <source>Help is always near</source>
        <translation>Hjälpen finns alltid nära</translation>
    </message>
    <message>
        <source>Press F1 on any screen to read about it in the help: the daily routine, each screen, the keyboard shortcuts and what each duty means in the rules. You can see this introduction again under Help → Show the introduction again.</source>
        <translation>Tryck F1 på vilken skärm som helst för att läsa om den i hjälpen: den dagliga rutinen, varje skärm, kortkommandona och vad varje uppgift innebär enligt reglerna. Du kan se introduktionen igen under Hjälp → Visa introduktionen igen.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Account officer</source>
        <translation>Kontoansvarig</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Chef</translation>
    </message>
    <message>
        <source>Information unit</source>
        <translation>Informationsenheten</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrator</translation>
    </message>
    <message>
        <source>as account officer</source>
        <translation>som kontoansvarig</translation>
    </message>
    <message>
        <source>as deputy</source>
        <translation>som ersättare</translation>
    </message>
    <message>
        <source>{name}, covering for {absent}</source>
        <translation>{name}, ersättare för {absent}</translation>
    </message>
    <message>
        <source>{checked} (logged by {recorder})</source>
        <translation>{checked} (loggad av {recorder})</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <source>Replied instead (the platform cannot remove it)</source>
        <translation>Besvarat i stället (plattformen tillåter inte borttagning)</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Checked late</source>
        <translation>Kontrollerad i efterhand</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missad</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Ska kontrolleras i dag</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Inte en arbetsdag</translation>
    </message>
    <message>
        <source>Coming</source>
        <translation>Kommande</translation>
    </message>
</context>
<context>
    <name>LargerChangeDialog</name>
    <message>
        <source>Record a larger change</source>
        <translation>Registrera en större förändring</translation>
    </message>
    <message>
        <source>A larger change, such as a new name, look or purpose, calls for the information unit to document the account again within two weeks.</source>
        <translation>Vid en större förändring, som nytt namn, utseende eller syfte, ska informationsenheten dokumentera kontot på nytt inom två veckor.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <source>For example: new name and profile picture</source>
        <translation>Till exempel: nytt namn och ny profilbild</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Day changed:</source>
        <translation>&amp;Dag för förändringen:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Vad som ändrades:</translation>
    </message>
    <message>
        <source>Recorded the change to {account}.</source>
        <translation>Förändringen av {account} är registrerad.</translation>
    </message>
</context>
<context>
    <name>LogWatch</name>
    <message>
        <source>The log does not hold</source>
        <translation>Loggen stämmer inte</translation>
    </message>
    <message>
        <source>⚠ The log does not hold (problems: {count}) — details</source>
        <translation>⚠ Loggen stämmer inte (problem: {count}) – detaljer</translation>
    </message>
    <message>
        <source>Kontokoll checked the log and found records that are not as they were recorded, or evidence files that were changed. Nothing has been changed by the check. Keep a copy of the data folder as it is now, and tell whoever is responsible for the log (the information unit or IT).</source>
        <translation>Kontokoll har kontrollerat loggen och hittat poster som inte är som när de registrerades, eller bevisfiler som har ändrats. Kontrollen har inte ändrat något. Spara en kopia av datamappen som den ser ut nu och meddela den som ansvarar för loggen (informationsenheten eller IT).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kontokoll</source>
        <translation>Kontokoll</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Datamapp: {path}</translation>
    </message>
    <message>
        <source>The log cannot be opened</source>
        <translation>Loggen går inte att öppna</translation>
    </message>
    <message>
        <source>The loaded guideline pack cannot be used</source>
        <translation>Det inlästa riktlinjepaketet går inte att använda</translation>
    </message>
    <message>
        <source>Kontokoll uses its built-in pack for now. Load the pack again under File → Settings.</source>
        <translation>Kontokoll använder sitt inbyggda paket tills vidare. Läs in paketet igen under Arkiv → Inställningar.</translation>
    </message>
    <message>
        <source>Kontokoll is still running</source>
        <translation>Kontokoll körs fortfarande</translation>
    </message>
    <message>
        <source>Reminders keep coming from the tray. Quit from its menu to stop them.</source>
        <translation>Påminnelserna fortsätter att komma från meddelandefältet. Avsluta från dess meny för att stoppa dem.</translation>
    </message>
    <message>
        <source>No check can be logged</source>
        <translation>Ingen kontroll kan loggas</translation>
    </message>
    <message>
        <source>The plan was saved as {path}.</source>
        <translation>Planen sparades som {path}.</translation>
    </message>
    <message>
        <source>Tell Kontokoll who you are to begin.</source>
        <translation>Berätta för Kontokoll vem du är för att börja.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import accounts from CSV or Excel…</source>
        <translation>I&amp;mportera konton från CSV eller Excel…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Team &amp;workstations…</source>
        <translation>Teamets arbets&amp;stationer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Log check…</source>
        <translation>&amp;Logga kontroll…</translation>
    </message>
    <message>
        <source>&amp;Plan a new account…</source>
        <translation>&amp;Planera ett nytt konto…</translation>
    </message>
    <message>
        <source>&amp;Register an existing account…</source>
        <translation>&amp;Registrera ett befintligt konto…</translation>
    </message>
    <message>
        <source>&amp;Duties</source>
        <translation>&amp;Uppgifter</translation>
    </message>
    <message>
        <source>Log a &amp;culling…</source>
        <translation>Logga en &amp;gallring…</translation>
    </message>
    <message>
        <source>Log &amp;documentation…</source>
        <translation>Logga &amp;dokumentation…</translation>
    </message>
    <message>
        <source>Log a &amp;revision of the rules…</source>
        <translation>Logga en &amp;revidering av riktlinjerna…</translation>
    </message>
    <message>
        <source>Record a larger c&amp;hange…</source>
        <translation>Registrera en större för&amp;ändring…</translation>
    </message>
    <message>
        <source>&amp;Export duty calendar…</source>
        <translation>&amp;Exportera uppgiftskalender…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>The account is closed</source>
        <translation>Kontot är stängt</translation>
    </message>
    <message>
        <source>“{account}” was closed on {day}. Its history can be read but no longer changed.</source>
        <translation>”{account}” stängdes den {day}. Historiken går att läsa men kan inte längre ändras.</translation>
    </message>
    <message>
        <source>“{account}” is not open yet: its daily checks begin once “Getting started” is finished.</source>
        <translation>”{account}” är inte öppnat än: de dagliga kontrollerna börjar när ”Så kommer du igång” är slutförd.</translation>
    </message>
    <message>
        <source>The guideline pack “{name}”, version {version}, is now in force.</source>
        <translation>Riktlinjepaketet ”{name}”, version {version}, gäller nu.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;My day</source>
        <translation>Min &amp;dag</translation>
    </message>
    <message>
        <source>C&amp;overing</source>
        <translation>Frånvaro och &amp;ersättare</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Gran&amp;skning</translation>
    </message>
    <message>
        <source>Re&amp;gister</source>
        <translation>Reg&amp;ister</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Kontokoll &amp;help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Show the &amp;introduction again</source>
        <translation>Visa &amp;introduktionen igen</translation>
    </message>
    <message>
        <source>&amp;About Kontokoll</source>
        <translation>&amp;Om Kontokoll</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Inga konton än</translation>
    </message>
    <message>
        <source>Add an account or import the register first; then log its checks.</source>
        <translation>Lägg först till ett konto eller importera registret. Sedan kan du logga kontrollerna.</translation>
    </message>
    <message>
        <source>Account registers (*.csv *.xlsx *.txt);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Kontoregister (*.csv *.xlsx *.txt);;CSV-filer (*.csv *.txt);;Excel-arbetsböcker (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importera konton</translation>
    </message>
    <message>
        <source>Accounts imported from {file}: {count}.</source>
        <translation>Konton importerade från {file}: {count}.</translation>
    </message>
    <message>
        <source>Accounts with no officer, which nobody is reminded of: {count}. Choose an officer for each in the Register.</source>
        <translation>Konton utan kontoansvarig, som ingen påminns om: {count}. Välj en kontoansvarig för vart och ett under Register.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ingenting importerades</translation>
    </message>
    <message>
        <source>About Kontokoll</source>
        <translation>Om Kontokoll</translation>
    </message>
    <message>
        <source>Kontokoll {version}

Daily checks, checklists and proof for the municipality&apos;s social media accounts.

Data folder: {path}</source>
        <translation>Kontokoll {version}

Dagliga kontroller, checklistor och bevis för kommunens konton i sociala medier.

Datamapp: {path}</translation>
    </message>
    <message>
        <source>Calendar for Outlook (*.ics)</source>
        <translation>Kalender för Outlook (*.ics)</translation>
    </message>
    <message>
        <source>Spreadsheet, for Excel (*.csv)</source>
        <translation>Kalkylblad, för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Export duty calendar</source>
        <translation>Exportera uppgiftskalender</translation>
    </message>
    <message>
        <source>The calendar was not saved</source>
        <translation>Kalendern sparades inte</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Type to find a person in the list</source>
        <translation>Skriv för att hitta en person i listan</translation>
    </message>
    <message>
        <source>Find a person in the list</source>
        <translation>Hitta en person i listan</translation>
    </message>
    <message>
        <source>Add a person: name or e-mail</source>
        <translation>Lägg till en person: namn eller e-post</translation>
    </message>
    <message>
        <source>Add a person by name or e-mail</source>
        <translation>Lägg till en person med namn eller e-post</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
</context>
<context>
    <name>PlanPdf</name>
    <message>
        <source>Plan for the account {account}</source>
        <translation>Plan för kontot {account}</translation>
    </message>
    <message>
        <source>{platform} · {address} · Department: {department}</source>
        <translation>{platform} · {address} · Förvaltning: {department}</translation>
    </message>
    <message>
        <source>no web address yet</source>
        <translation>ingen webbadress än</translation>
    </message>
    <message>
        <source>Officers: {officers} · Deputies: {deputies}</source>
        <translation>Kontoansvariga: {officers} · Ersättare: {deputies}</translation>
    </message>
    <message>
        <source>The manager&apos;s decision:</source>
        <translation>Chefens beslut:</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>inte godkänd</translation>
    </message>
    <message>
        <source>Date and signature:</source>
        <translation>Datum och underskrift:</translation>
    </message>
    <message>
        <source>Made by {name} with Kontokoll, {at}.</source>
        <translation>Skapad av {name} med Kontokoll, {at}.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Parts of the file could not be read at all, so records may be missing.</source>
        <translation>Delar av filen gick inte att läsa alls, så poster kan saknas.</translation>
    </message>
    <message>
        <source>No record the log knows of was lost.</source>
        <translation>Ingen post som loggen känner till har gått förlorad.</translation>
    </message>
    <message numerus="yes">
        <source>%n records the log knows of could not be read, and parts of the file could not be read at all, so more may be missing.</source>
        <translation>
            <numerusform>%n post som loggen känner till gick inte att läsa, och delar av filen gick inte att läsa alls, så mer kan saknas.</numerusform>
            <numerusform>%n poster som loggen känner till gick inte att läsa, och delar av filen gick inte att läsa alls, så mer kan saknas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only: the log in {path} is open to look at and export only. It holds %n records (daily checks: {checks}).</source>
        <translation>
            <numerusform>Skrivskyddat: loggen i {path} är öppen bara för att läsas och exporteras. Den har %n post (dagliga kontroller: {checks}).</numerusform>
            <numerusform>Skrivskyddat: loggen i {path} är öppen bara för att läsas och exporteras. Den har %n poster (dagliga kontroller: {checks}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records the log knows of could not be read.</source>
        <translation>
            <numerusform>%n post som loggen känner till gick inte att läsa.</numerusform>
            <numerusform>%n poster som loggen känner till gick inte att läsa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only: the database {path} is damaged. Kontokoll read %n records from it (daily checks: {checks}). {lost}</source>
        <translation>
            <numerusform>Skrivskyddat: databasen {path} är skadad. Kontokoll läste %n post ur den (dagliga kontroller: {checks}). {lost}</numerusform>
            <numerusform>Skrivskyddat: databasen {path} är skadad. Kontokoll läste %n poster ur den (dagliga kontroller: {checks}). {lost}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can be recorded here. Start Kontokoll without --read-only to record.</source>
        <translation>Här går det inte att registrera något. Starta Kontokoll utan --read-only för att registrera.</translation>
    </message>
    <message>
        <source>You can look at the log and save the review; nothing can be recorded, and the damaged file is left as it is. To record again, restore the database from a backup, or ask IT for help, then start Kontokoll as usual.</source>
        <translation>Du kan titta i loggen och spara granskningen, men inte registrera något, och den skadade filen lämnas som den är. För att kunna registrera igen: återställ databasen från en säkerhetskopia, eller be IT om hjälp, och starta sedan Kontokoll som vanligt.</translation>
    </message>
    <message>
        <source>Made from a read-only copy of a damaged log; every record the log knows of could be read.</source>
        <translation>Gjord ur en skrivskyddad kopia av en skadad logg; alla poster som loggen känner till gick att läsa.</translation>
    </message>
    <message numerus="yes">
        <source>Made from a read-only copy of a damaged log: %n records could not be read, and more may be missing, so a day shown as missed may have been checked.</source>
        <translation>
            <numerusform>Gjord ur en skrivskyddad kopia av en skadad logg: %n post gick inte att läsa, och mer kan saknas, så en dag som visas som missad kan ha kontrollerats.</numerusform>
            <numerusform>Gjord ur en skrivskyddad kopia av en skadad logg: %n poster gick inte att läsa, och mer kan saknas, så en dag som visas som missad kan ha kontrollerats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made from a read-only copy of a damaged log: %n records could not be read, so a day shown as missed may have been checked.</source>
        <translation>
            <numerusform>Gjord ur en skrivskyddad kopia av en skadad logg: %n post gick inte att läsa, så en dag som visas som missad kan ha kontrollerats.</numerusform>
            <numerusform>Gjord ur en skrivskyddad kopia av en skadad logg: %n poster gick inte att läsa, så en dag som visas som missad kan ha kontrollerats.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log is open read-only</source>
        <translation>Loggen är öppen skrivskyddat</translation>
    </message>
    <message>
        <source>You can open what can still be read of it read-only, to look at the log and save the review. Nothing is written to the file.</source>
        <translation>Du kan öppna det som fortfarande går att läsa skrivskyddat, för att titta i loggen och spara granskningen. Ingenting skrivs till filen.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Öppna &amp;skrivskyddat</translation>
    </message>
    <message>
        <source>&amp;Close Kontokoll</source>
        <translation>S&amp;täng Kontokoll</translation>
    </message>
    <message>
        <source>Reading what can still be read of the damaged log…</source>
        <translation>Läser det som fortfarande går att läsa av den skadade loggen…</translation>
    </message>
    <message>
        <source>Kontokoll – read-only: damaged log</source>
        <translation>Kontokoll – skrivskyddat: skadad logg</translation>
    </message>
    <message>
        <source>Kontokoll – read-only</source>
        <translation>Kontokoll – skrivskyddat</translation>
    </message>
    <message>
        <source>The log is open read-only.</source>
        <translation>Loggen är öppen skrivskyddat.</translation>
    </message>
    <message>
        <source>Read-only view</source>
        <translation>Skrivskyddad vy</translation>
    </message>
    <message>
        <source>Read-only view of a damaged log</source>
        <translation>Skrivskyddad vy av en skadad logg</translation>
    </message>
    <message>
        <source>Read-only view of the log</source>
        <translation>Skrivskyddad vy av loggen</translation>
    </message>
    <message>
        <source>Open the Revie&amp;w to save it</source>
        <translation>Gå till Granskning för att spa&amp;ra den</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Account register</source>
        <translation>Kontoregistret</translation>
    </message>
    <message>
        <source>&amp;Plan new account…</source>
        <translation>&amp;Planera nytt konto…</translation>
    </message>
    <message>
        <source>Plan a new account</source>
        <translation>Planera ett nytt konto</translation>
    </message>
    <message>
        <source>Register e&amp;xisting…</source>
        <translation>Registrera &amp;befintligt…</translation>
    </message>
    <message>
        <source>Register an account that is already open</source>
        <translation>Registrera ett konto som redan är öppnat</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Redi&amp;gera…</translation>
    </message>
    <message>
        <source>Edit the selected account</source>
        <translation>Redigera det markerade kontot</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öppna</translation>
    </message>
    <message>
        <source>Open the selected account</source>
        <translation>Öppna det markerade kontot</translation>
    </message>
    <message>
        <source>&amp;Import from CSV or Excel…</source>
        <translation>I&amp;mportera från CSV eller Excel…</translation>
    </message>
    <message>
        <source>Import accounts from a CSV file or an Excel workbook</source>
        <translation>Importera konton från en CSV-fil eller en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Search by name, platform, department or person (Ctrl+F)</source>
        <translation>Sök på namn, plattform, förvaltning eller person (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Sök i registret</translation>
    </message>
    <message>
        <source>Show the accounts in this stage</source>
        <translation>Visa kontona i det här skedet</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla skeden</translation>
    </message>
    <message>
        <source>Show on&amp;ly:</source>
        <translation>Visa e&amp;ndast:</translation>
    </message>
    <message>
        <source>No account in the register matches the search and the stage chosen. Clear the search or choose “All stages”.</source>
        <translation>Inget konto i registret stämmer med sökningen och det valda skedet. Töm sökfältet eller välj ”Alla skeden”.</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Påminnelse</translation>
    </message>
    <message>
        <source>Show d&amp;uties</source>
        <translation>Visa uppgif&amp;ter</translation>
    </message>
    <message>
        <source>Remind me in &amp;1 hour</source>
        <translation>Påminn mig om &amp;1 timme</translation>
    </message>
    <message>
        <source>Remind me tomorro&amp;w</source>
        <translation>Påminn mig i mo&amp;rgon</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…och {count} till.</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Removed post</source>
        <translation>Borttaget inlägg</translation>
    </message>
    <message>
        <source>Ground for removal</source>
        <translation>Skäl för borttagning</translation>
    </message>
    <message>
        <source>{platform} does not let you remove others&apos; posts: reply that the city does not endorse the view and that such posts are not allowed.</source>
        <translation>På {platform} går det inte att ta bort andras inlägg. Svara i stället att staden inte står bakom åsikten och att sådana inlägg inte är tillåtna.</translation>
    </message>
    <message>
        <source>Which post</source>
        <translation>Vilket inlägg</translation>
    </message>
    <message>
        <source>Link to the post, or who wrote it and when</source>
        <translation>Länk till inlägget, eller vem som skrev det och när</translation>
    </message>
    <message>
        <source>Diary number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>For example KS/2026:123</source>
        <translation>Till exempel KS/2026:123</translation>
    </message>
    <message>
        <source>&amp;Diary number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>What was done:</source>
        <translation>Åtgärd:</translation>
    </message>
    <message>
        <source>&amp;Post:</source>
        <translation>&amp;Inlägg:</translation>
    </message>
    <message>
        <source>Screenshot:</source>
        <translation>Skärmbild:</translation>
    </message>
    <message>
        <source>&amp;Add removal</source>
        <translation>&amp;Lägg till borttagning</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Share on time (%)</source>
        <translation>Andel i tid (%)</translation>
    </message>
    <message>
        <source>Removed: {ground}</source>
        <translation>Borttaget: {ground}</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Kontoansvariga</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>Ersättare</translation>
    </message>
    <message>
        <source>Working days due</source>
        <translation>Arbetsdagar att kontrollera</translation>
    </message>
    <message>
        <source>Checked on time</source>
        <translation>Kontrollerade i tid</translation>
    </message>
    <message>
        <source>Checked late</source>
        <translation>Kontrollerade i efterhand</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missade</translation>
    </message>
    <message>
        <source>Longest stretch without a check (working days)</source>
        <translation>Längsta uppehåll utan kontroll (arbetsdagar)</translation>
    </message>
    <message>
        <source>Cullings due</source>
        <translation>Gallringar som skulle göras</translation>
    </message>
    <message>
        <source>Cullings on time</source>
        <translation>Gallringar gjorda i tid</translation>
    </message>
    <message>
        <source>Documentation due</source>
        <translation>Dokumentation som skulle göras</translation>
    </message>
    <message>
        <source>Documentation on time</source>
        <translation>Dokumentation gjord i tid</translation>
    </message>
    <message>
        <source>Direct messages forwarded to the registrar</source>
        <translation>Direktmeddelanden som skickats vidare till registrator</translation>
    </message>
    <message>
        <source>Cases forwarded</source>
        <translation>Vidarebefordrade ärenden</translation>
    </message>
    <message>
        <source>Missed days</source>
        <translation>Missade dagar</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Siffror</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Om granskningen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Guideline pack</source>
        <translation>Riktlinjepaket</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Skapad av</translation>
    </message>
    <message>
        <source>Log (chain head)</source>
        <translation>Logg (kedjans topp)</translation>
    </message>
    <message>
        <source>{who}: record {seq}, link {link}</source>
        <translation>{who}: post {seq}, länk {link}</translation>
    </message>
    <message>
        <source>Damaged log</source>
        <translation>Skadad logg</translation>
    </message>
</context>
<context>
    <name>ReviewDrill</name>
    <message>
        <source>The chosen account&apos;s days in the period</source>
        <translation>Det valda kontots dagar i perioden</translation>
    </message>
    <message>
        <source>The chosen day&apos;s checks</source>
        <translation>Kontroller för vald dag</translation>
    </message>
    <message>
        <source>Choose an account in the table, or a day in the heat map.</source>
        <translation>Välj ett konto i tabellen eller en dag i värmekartan.</translation>
    </message>
    <message>
        <source>{account} ({platform}): {due} working days due, {missed} missed</source>
        <translation>{account} ({platform}): {due} arbetsdagar att kontrollera, {missed} missade</translation>
    </message>
    <message>
        <source>Reading the account’s days…</source>
        <translation>Läser in kontots dagar…</translation>
    </message>
    <message>
        <source>The account’s days could not be read. {reason}</source>
        <translation>Kontots dagar kunde inte läsas. {reason}</translation>
    </message>
    <message>
        <source>No check was logged for this working day.</source>
        <translation>Ingen kontroll loggades för den här arbetsdagen.</translation>
    </message>
    <message>
        <source>Not a working day: no check was due.</source>
        <translation>Inte en arbetsdag: ingen kontroll behövdes.</translation>
    </message>
    <message>
        <source>Today&apos;s check is not logged yet; it counts once it is.</source>
        <translation>Dagens kontroll är inte loggad ännu; den räknas när den är det.</translation>
    </message>
    <message>
        <source>The account was not active this day, or the day has not come yet.</source>
        <translation>Kontot var inte aktivt den här dagen, eller så har dagen inte kommit än.</translation>
    </message>
    <message>
        <source>Culling and documentation in the period</source>
        <translation>Gallring och dokumentation i perioden</translation>
    </message>
    <message>
        <source>Culling</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Documentation after a larger change</source>
        <translation>Dokumentation efter en större förändring</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>{kind} due {due}: not done</source>
        <translation>{kind} senast {due}: inte utförd</translation>
    </message>
    <message>
        <source>{kind} due {due}: done {done}, on time</source>
        <translation>{kind} senast {due}: utförd {done}, i tid</translation>
    </message>
    <message>
        <source>{kind} due {due}: done {done}, late</source>
        <translation>{kind} senast {due}: utförd {done}, för sent</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>PDF to print and sign (*.pdf)</source>
        <translation>PDF att skriva ut och skriva under (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Spreadsheet, for Excel (*.csv)</source>
        <translation>Kalkylblad, för Excel (*.csv)</translation>
    </message>
    <message>
        <source>Review {first} – {last}</source>
        <translation>Granskning {first} – {last}</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>Spara granskningen</translation>
    </message>
    <message>
        <source>Saved the review as a PDF in {path}.</source>
        <translation>Granskningen sparades som PDF i {path}.</translation>
    </message>
    <message>
        <source>Saved the review as an Excel workbook in {path}.</source>
        <translation>Granskningen sparades som Excel-arbetsbok i {path}.</translation>
    </message>
    <message>
        <source>Saved the review as a CSV file in {path}.</source>
        <translation>Granskningen sparades som CSV-fil i {path}.</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>Granskningen sparades inte</translation>
    </message>
</context>
<context>
    <name>ReviewFilterBar</name>
    <message>
        <source>Quick choice of period</source>
        <translation>Snabbval av period</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Periodens första dag</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Periodens sista dag</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Officer or deputy</source>
        <translation>Kontoansvarig eller ersättare</translation>
    </message>
    <message>
        <source>&amp;Quick choice:</source>
        <translation>Sna&amp;bbval:</translation>
    </message>
    <message>
        <source>Firs&amp;t day:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>Sista da&amp;gen:</translation>
    </message>
    <message>
        <source>Departme&amp;nt:</source>
        <translation>F&amp;örvaltning:</translation>
    </message>
    <message>
        <source>Acc&amp;ount:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>Perso&amp;n:</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>By ground: {grounds}</source>
        <translation>Per skäl: {grounds}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>och {count} till</translation>
    </message>
    <message>
        <source>Missed working days: {days}</source>
        <translation>Missade arbetsdagar: {days}</translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message>
        <source>Review of the daily checks</source>
        <translation>Granskning av de dagliga kontrollerna</translation>
    </message>
    <message numerus="yes">
        <source>Period: {first} – {last} (%n days)</source>
        <translation>
            <numerusform>Period: {first} – {last} (%n dag)</numerusform>
            <numerusform>Period: {first} – {last} (%n dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Department: {department}</source>
        <translation>Förvaltning: {department}</translation>
    </message>
    <message>
        <source>all departments</source>
        <translation>alla förvaltningar</translation>
    </message>
    <message>
        <source>Accounts: {names}</source>
        <translation>Konton: {names}</translation>
    </message>
    <message>
        <source>Accounts where {names} is officer or deputy</source>
        <translation>Konton där {names} är kontoansvarig eller ersättare</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>No post was removed in the period.</source>
        <translation>Inga inlägg togs bort under perioden.</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>culling</source>
        <translation>Gallringen</translation>
    </message>
    <message>
        <source>documentation</source>
        <translation>Dokumentationen</translation>
    </message>
    <message>
        <source>Missed working days ({count}): {days}</source>
        <translation>Missade arbetsdagar ({count}): {days}</translation>
    </message>
    <message>
        <source>The {kind} due {due} was not done</source>
        <translation>{kind} som skulle göras senast {due} har inte gjorts</translation>
    </message>
    <message>
        <source>The {kind} due {due} was done late, {done}</source>
        <translation>{kind} som skulle göras senast {due} gjordes för sent, {done}</translation>
    </message>
    <message>
        <source>Officers: {officers} · Deputies: {deputies}</source>
        <translation>Kontoansvariga: {officers} · Ersättare: {deputies}</translation>
    </message>
    <message>
        <source>No working day was missed, and every culling and documentation was on time.</source>
        <translation>Ingen arbetsdag missades, och all gallring och dokumentation gjordes i tid.</translation>
    </message>
    <message>
        <source>The manager’s signature</source>
        <translation>Chefens underskrift</translation>
    </message>
    <message>
        <source>I have reviewed the checks above.</source>
        <translation>Jag har granskat kontrollerna ovan.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Underskrift:</translation>
    </message>
    <message>
        <source>Made from the log as it stood (kontokoll verify checks it):</source>
        <translation>Gjord ur loggen som den såg ut då (kontokoll verify kontrollerar den):</translation>
    </message>
    <message>
        <source>{who}: record {seq}, link {link}</source>
        <translation>{who}: post {seq}, länk {link}</translation>
    </message>
    <message>
        <source>Made by {name} with Kontokoll, {at}.</source>
        <translation>Skapad av {name} med Kontokoll, {at}.</translation>
    </message>
    <message>
        <source>No account was active in the period with this filter.</source>
        <translation>Inget konto var aktivt under perioden med det här urvalet.</translation>
    </message>
    <message>
        <source>Figures per account</source>
        <translation>Siffror per konto</translation>
    </message>
    <message>
        <source>Removals by ground</source>
        <translation>Borttagningar per skäl</translation>
    </message>
    <message>
        <source>Heat map: accounts by days</source>
        <translation>Värmekarta: konton per dag</translation>
    </message>
    <message>
        <source>Missed days and late duties</source>
        <translation>Missade dagar och försenade uppgifter</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
</context>
<context>
    <name>ReviewPeriod</name>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Det här kvartalet</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Förra kvartalet</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Förra året</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>Valda dagar</translation>
    </message>
</context>
<context>
    <name>ReviewTable</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Days due</source>
        <translation>Arbetsdagar</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>I efterhand</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missade</translation>
    </message>
    <message>
        <source>On time %</source>
        <translation>I tid %</translation>
    </message>
    <message>
        <source>Longest gap</source>
        <translation>Längsta uppehåll</translation>
    </message>
    <message>
        <source>Culling</source>
        <translation>Gallring</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Removals</source>
        <translation>Borttagningar</translation>
    </message>
    <message>
        <source>To registrar</source>
        <translation>Till registrator</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>The account&apos;s name</source>
        <translation>Kontots namn</translation>
    </message>
    <message>
        <source>Where the account is</source>
        <translation>Var kontot finns</translation>
    </message>
    <message>
        <source>The department the account belongs to</source>
        <translation>Förvaltningen som kontot hör till</translation>
    </message>
    <message>
        <source>Working days in the period while the account was active</source>
        <translation>Arbetsdagar i perioden då kontot var aktivt</translation>
    </message>
    <message>
        <source>Days checked and logged on the day</source>
        <translation>Dagar som kontrollerades och loggades samma dag</translation>
    </message>
    <message>
        <source>Days checked, but logged on a later day</source>
        <translation>Dagar som kontrollerades men loggades en senare dag</translation>
    </message>
    <message>
        <source>Working days with no check logged</source>
        <translation>Arbetsdagar utan loggad kontroll</translation>
    </message>
    <message>
        <source>Days checked on time, of the days due</source>
        <translation>Andel av arbetsdagarna som kontrollerades i tid</translation>
    </message>
    <message>
        <source>The most working days in a row without a check</source>
        <translation>Flest arbetsdagar i rad utan kontroll</translation>
    </message>
    <message>
        <source>Cullings done by their deadline, of those due in the period</source>
        <translation>Gallringar som gjordes i tid, av dem som skulle göras under perioden</translation>
    </message>
    <message>
        <source>Documentation done in its month (or after a larger change), of that due</source>
        <translation>Dokumentation som gjordes i rätt månad (eller efter en större förändring), av den som skulle göras</translation>
    </message>
    <message>
        <source>Posts removed or answered, all grounds</source>
        <translation>Inlägg som tagits bort eller besvarats, alla skäl</translation>
    </message>
    <message>
        <source>Direct messages forwarded to the registrar as public records</source>
        <translation>Direktmeddelanden som skickats vidare till registrator som allmänna handlingar</translation>
    </message>
    <message>
        <source>Cases forwarded to the right person</source>
        <translation>Ärenden som vidarebefordrats till rätt person</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>{done} of {due}</source>
        <translation>{done} av {due}</translation>
    </message>
    <message>
        <source>Accounts: {accounts} · working days due: {due}, checked on time: {on_time} ({share}), late: {late}, missed: {missed} · longest gap in working days: {gap} · culling on time: {culling} · documentation on time: {documentation} · posts removed: {removals} · messages to the registrar: {messages} · cases forwarded: {cases}</source>
        <translation>Konton: {accounts} · arbetsdagar att kontrollera: {due}, kontrollerade i tid: {on_time} ({share}), i efterhand: {late}, missade: {missed} · längsta uppehåll i arbetsdagar: {gap} · gallring i tid: {culling} · dokumentation i tid: {documentation} · borttagna inlägg: {removals} · meddelanden till registrator: {messages} · vidarebefordrade ärenden: {cases}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Review of the daily checks</source>
        <translation>Granskning av de dagliga kontrollerna</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the review as a PDF to print and sign</source>
        <translation>Spara granskningen som PDF att skriva ut och skriva under</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Spara som E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save the review as an Excel workbook</source>
        <translation>Spara granskningen som Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Save as C&amp;SV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the review as a CSV file for Excel</source>
        <translation>Spara granskningen som CSV-fil för Excel</translation>
    </message>
    <message>
        <source>The figures of each account</source>
        <translation>Siffrorna för varje konto</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>Läser loggen…</translation>
    </message>
    <message>
        <source>The review could not be read</source>
        <translation>Granskningen gick inte att läsa in</translation>
    </message>
    <message>
        <source>{problem}
The log itself is unchanged; try again with Refresh.</source>
        <translation>{problem}
Själva loggen är oförändrad. Försök igen med Uppdatera.</translation>
    </message>
    <message>
        <source>There are no accounts in the register yet. Add or import the accounts, and log their daily checks: the review then shows how the checks were kept.</source>
        <translation>Det finns inga konton i registret än. Lägg till eller importera kontona och logga deras dagliga kontroller. Granskningen visar sedan hur kontrollerna har skötts.</translation>
    </message>
    <message>
        <source>There are no working days from {first} to {last}, so no check was due. Choose a longer period.</source>
        <translation>Det finns inga arbetsdagar från {first} till {last}, så ingen kontroll behövdes. Välj en längre period.</translation>
    </message>
    <message>
        <source>No account was active from {first} to {last} with this choice. Choose “All” for the department, account or person, or another period.</source>
        <translation>Inget konto var aktivt från {first} till {last} med det här urvalet. Välj ”Alla” för förvaltning, konto eller person, eller välj en annan period.</translation>
    </message>
    <message>
        <source>Saving {path}…</source>
        <translation>Sparar {path}…</translation>
    </message>
</context>
<context>
    <name>ReviewedSteps</name>
    <message>
        <source>Mar&amp;k all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Tick every step: you went through them all</source>
        <translation>Kryssa i alla steg: du har gått igenom allihop</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <source>Log a revision of the rules</source>
        <translation>Logga en revidering av riktlinjerna</translation>
    </message>
    <message>
        <source>The information unit revises the rules for social media once a year, or more often when needed. The next revision falls due a year after the day you give here.</source>
        <translation>Informationsenheten reviderar riktlinjerna för sociala medier en gång om året, eller oftare vid behov. Nästa revidering ska göras ett år efter dagen du anger här.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Vad som ändrades</translation>
    </message>
    <message>
        <source>What changed, or “no changes”</source>
        <translation>Vad som ändrades, eller ”inga ändringar”</translation>
    </message>
    <message>
        <source>&amp;Day revised:</source>
        <translation>&amp;Dag för revideringen:</translation>
    </message>
    <message>
        <source>Done &amp;by:</source>
        <translation>Utfört &amp;av:</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>&amp;Vad som ändrades:</translation>
    </message>
    <message>
        <source>Saved the revision of the rules.</source>
        <translation>Revideringen av riktlinjerna är sparad.</translation>
    </message>
</context>
<context>
    <name>Revocations</name>
    <message>
        <source>Only someone confirmed in the information unit&apos;s role may revoke a workstation.</source>
        <translation>Bara den som har informationsenhetens roll bekräftad får spärra en arbetsstation.</translation>
    </message>
    <message>
        <source>This is your own workstation; it cannot revoke itself. Ask a colleague in the information unit to revoke it from theirs.</source>
        <translation>Det här är din egen arbetsstation; den kan inte spärra sig själv. Be en kollega på informationsenheten att spärra den från sin.</translation>
    </message>
    <message>
        <source>Kontokoll has not seen that workstation in the team folder.</source>
        <translation>Kontokoll har inte sett den arbetsstationen i teammappen.</translation>
    </message>
    <message>
        <source>That workstation is already revoked.</source>
        <translation>Den arbetsstationen är redan spärrad.</translation>
    </message>
    <message>
        <source>Say in a sentence or two why the workstation is revoked: the reason reaches the whole team.</source>
        <translation>Skriv med en mening eller två varför arbetsstationen spärras: skälet når hela teamet.</translation>
    </message>
</context>
<context>
    <name>RoleGrants</name>
    <message>
        <source>Only the manager and information unit roles are granted.</source>
        <translation>Bara rollerna chef och informationsenheten tilldelas.</translation>
    </message>
    <message>
        <source>Only someone confirmed in a role may grant it to a colleague. Ask one of them to grant it.</source>
        <translation>Bara den som har en roll bekräftad får tilldela den till en kollega. Be någon av dem att tilldela den.</translation>
    </message>
</context>
<context>
    <name>RoleViews</name>
    <message>
        <source>&amp;Covering</source>
        <translation>Frånvaro och &amp;ersättare</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Gran&amp;skning</translation>
    </message>
</context>
<context>
    <name>ScreenCapturer</name>
    <message>
        <source>Screen {n}, where this window is: {name} ({w} × {h})</source>
        <translation>Skärm {n}, där det här fönstret finns: {name} ({w} × {h})</translation>
    </message>
    <message>
        <source>Screen {n}: {name} ({w} × {h})</source>
        <translation>Skärm {n}: {name} ({w} × {h})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Kontokoll.</source>
        <translation>Ett nytt språk används från nästa gång du startar Kontokoll.</translation>
    </message>
    <message>
        <source>Midsummer Eve (midsommarafton)</source>
        <translation>Midsommarafton</translation>
    </message>
    <message>
        <source>Christmas Eve (julafton)</source>
        <translation>Julafton</translation>
    </message>
    <message>
        <source>New Year&apos;s Eve (nyårsafton)</source>
        <translation>Nyårsafton</translation>
    </message>
    <message>
        <source>Ticked days are days off: no daily check is due. Unticked, they count as working days.</source>
        <translation>Ikryssade dagar är lediga dagar: då behövs ingen daglig kontroll. Utan kryss räknas de som arbetsdagar.</translation>
    </message>
    <message>
        <source>Load &amp;pack file…</source>
        <translation>Läs in paket&amp;fil…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in pack</source>
        <translation>Använd det &amp;inbyggda paketet</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Days off:</source>
        <translation>Lediga dagar:</translation>
    </message>
    <message>
        <source>Guideline pack:</source>
        <translation>Riktlinjepaket:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allmänt</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Påminnelser</translation>
    </message>
    <message>
        <source>T&amp;eam</source>
        <translation>Team och &amp;roller</translation>
    </message>
    <message>
        <source>Morning reminder</source>
        <translation>Förmiddagens påminnelse</translation>
    </message>
    <message>
        <source>Afternoon reminder</source>
        <translation>Eftermiddagens påminnelse</translation>
    </message>
    <message>
        <source>Due-soon window in days</source>
        <translation>Snart-dags-fönster i dagar</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>Fortsätt i a&amp;ktivitetsfältet när fönstret stängs</translation>
    </message>
    <message>
        <source>&amp;Start Kontokoll when I log in</source>
        <translation>Starta Kontokoll när jag &amp;loggar in</translation>
    </message>
    <message>
        <source>&amp;Morning reminder:</source>
        <translation>&amp;Förmiddag:</translation>
    </message>
    <message>
        <source>The day&apos;s checks, and duties that became due.</source>
        <translation>Dagens kontroller, och uppgifter som blivit aktuella.</translation>
    </message>
    <message>
        <source>&amp;Afternoon reminder:</source>
        <translation>&amp;Eftermiddag:</translation>
    </message>
    <message>
        <source>Again, if a check is still not logged.</source>
        <translation>Igen, om en kontroll fortfarande inte är loggad.</translation>
    </message>
    <message>
        <source>&amp;Due soon:</source>
        <translation>&amp;Snart dags:</translation>
    </message>
    <message>
        <source>How long before its last day a culling or the revision of the rules is shown and reminded of.</source>
        <translation>Hur lång tid före sista dagen en gallring eller revideringen av riktlinjerna visas och påminns om.</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Aktivitetsfält:</translation>
    </message>
    <message>
        <source>Without a system tray the window stays open and reminders show at its top.</source>
        <translation>Utan meddelandefält förblir fönstret öppet och påminnelserna visas överst i det.</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <source>{name}, version {version}: checked, used once you save.</source>
        <translation>{name}, version {version}: kontrollerat, används när du sparar.</translation>
    </message>
    <message>
        <source>{name}, version {version}, loaded from a file.</source>
        <translation>{name}, version {version}, inläst från en fil.</translation>
    </message>
    <message>
        <source>{name}, version {version}, built in.</source>
        <translation>{name}, version {version}, inbyggt.</translation>
    </message>
    <message>
        <source>Load a guideline pack</source>
        <translation>Läs in ett riktlinjepaket</translation>
    </message>
    <message>
        <source>Guideline packs (*.toml);;All files (*)</source>
        <translation>Riktlinjepaket (*.toml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The pack in force is kept.</source>
        <translation>Det paket som gäller nu behålls.</translation>
    </message>
    <message>
        <source>The afternoon reminder must come after the morning one ({time}). Choose a later time.</source>
        <translation>Eftermiddagens påminnelse måste komma efter förmiddagens ({time}). Välj en senare tid.</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Inställningarna sparades inte</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path} ({reason}).</source>
        <translation>Inställningarna kunde inte sparas i {path} ({reason}).</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Teammapp</translation>
    </message>
    <message>
        <source>No team folder: this workstation works alone</source>
        <translation>Ingen teammapp: den här arbetsstationen arbetar ensam</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose a folder every workstation of the team can reach, such as a network share. Kontokoll writes only its own journal and evidence there and reads everyone else&apos;s, so absences, checks and the register are shared without a server. When the folder cannot be reached, you go on working here and Kontokoll catches up later.</source>
        <translation>Välj en mapp som alla arbetsstationer i teamet når, till exempel en nätverksmapp. Kontokoll skriver bara sin egen loggfil och sina underlagsfiler där och läser allas andra, så att frånvaro, kontroller och registret delas utan server. När mappen inte går att nå arbetar du vidare här, och Kontokoll kommer ikapp senare.</translation>
    </message>
    <message>
        <source>Managers and the information unit also get the Review of the checks.</source>
        <translation>Chefer och informationsenheten får också Granskning av kontrollerna.</translation>
    </message>
    <message>
        <source>&amp;Team folder:</source>
        <translation>&amp;Teammapp:</translation>
    </message>
    <message>
        <source>Your roles:</source>
        <translation>Dina roller:</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Välj teammappen</translation>
    </message>
    <message>
        <source>Write the team folder&apos;s whole path, such as \\server\share\kontokoll or /mnt/kontokoll, or choose it with Browse.</source>
        <translation>Skriv teammappens hela sökväg, till exempel \\server\share\kontokoll eller /mnt/kontokoll, eller välj den med Bläddra.</translation>
    </message>
    <message>
        <source>The team folder cannot be inside this workstation&apos;s own data folder. Choose a folder on a share the whole team can reach.</source>
        <translation>Teammappen kan inte ligga i den här arbetsstationens egen datamapp. Välj en mapp på en delad enhet som hela teamet når.</translation>
    </message>
    <message>
        <source>Awaiting your grant:</source>
        <translation>Väntar på din tilldelning:</translation>
    </message>
    <message>
        <source>{role}: not yours until someone who holds it grants it to you (here under Settings → Team). Ask {names}.</source>
        <translation>{role}: blir din först när någon som har rollen tilldelar dig den (här under Inställningar → Team och roller). Fråga {names}.</translation>
    </message>
    <message>
        <source>{name} – {role}</source>
        <translation>{name} – {role}</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Grant {text}</source>
        <translation>Tilldela {text}</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Tilldelad</translation>
    </message>
    <message>
        <source>Tick at least one role: the one you have in the team.</source>
        <translation>Kryssa i minst en roll: den du har i teamet.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>&amp;Save step as done</source>
        <translation>&amp;Spara steget som utfört</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(frivilligt)</translation>
    </message>
    <message>
        <source>Do these steps first: {steps}.</source>
        <translation>Gör de här stegen först: {steps}.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Spara ändringarna</translation>
    </message>
    <message>
        <source>Nothing to fill in: save the step once it is done.</source>
        <translation>Inget att fylla i: spara steget när det är utfört.</translation>
    </message>
    <message>
        <source>One of the fields is enough.</source>
        <translation>Det räcker att fylla i ett av fälten.</translation>
    </message>
    <message>
        <source>Nobody holds the {role} role in Kontokoll yet, so everyone is listed. Choose the right person; they can tick the role under File → Settings.</source>
        <translation>Ingen har rollen {role} i Kontokoll än, så alla visas. Välj rätt person; hen kan kryssa i rollen under Arkiv → Inställningar.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, for example {day}</source>
        <translation>ÅÅÅÅ-MM-DD, till exempel {day}</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Välj en person…</translation>
    </message>
    <message>
        <source>Choose the {role}…</source>
        <translation>Välj {role}…</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>I &amp;dag</translation>
    </message>
    <message>
        <source>Enter today&apos;s date</source>
        <translation>Fyll i dagens datum</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <source>(optional)</source>
        <translation>(frivilligt)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Utfört</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Inte utfört</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Kontokoll cannot write to its data folder {path} ({reason}). Choose a folder you may write to with --data-dir, or ask IT for write access.</source>
        <translation>Kontokoll kan inte skriva till sin datamapp {path} ({reason}). Välj en mapp som du har rätt att skriva i med --data-dir, eller be IT om skrivrättighet.</translation>
    </message>
    <message>
        <source>The database {path} is read-only, so nothing could be saved. Ask IT to give you write access to it, or choose another data folder.</source>
        <translation>Databasen {path} är skrivskyddad, så ingenting kan sparas. Be IT om skrivrätt till den, eller välj en annan datamapp.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened ({reason}). Check that the data folder exists and that you may write to it.</source>
        <translation>Databasen {path} går inte att öppna ({reason}). Kontrollera att datamappen finns och att du har rätt att skriva i den.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer Kontokoll (schema version {found}; this version knows up to {known}). Install the newer Kontokoll. The database has not been changed.</source>
        <translation>Databasen {path} har skrivits av en nyare version av Kontokoll (schemaversion {found}; den här versionen hanterar upp till {known}). Installera den nyare versionen av Kontokoll. Databasen har inte ändrats.</translation>
    </message>
    <message>
        <source>The database {path} is locked by another program. Close other Kontokoll windows or commands and try again.</source>
        <translation>Databasen {path} är låst av ett annat program. Stäng andra fönster eller kommandon med Kontokoll och försök igen.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and cannot be read ({reason}). Nothing has been changed. Restore the file from a backup, or move it aside to start with an empty database.</source>
        <translation>Databasen {path} är skadad och går inte att läsa ({reason}). Ingenting har ändrats. Återställ filen från en säkerhetskopia, eller flytta den till en annan plats för att börja med en tom databas.</translation>
    </message>
    <message>
        <source>Saving failed because the entry does not fit the log ({reason}); nothing was saved. Please report this to whoever supports Kontokoll.</source>
        <translation>Det gick inte att spara eftersom uppgiften inte passar ihop med loggen ({reason}); ingenting sparades. Rapportera det till den som ger stöd för Kontokoll.</translation>
    </message>
    <message>
        <source>The log is open read-only, so nothing was saved. To record again, restore the database from a backup (IT can help), then start Kontokoll as usual.</source>
        <translation>Loggen är öppen skrivskyddat, så ingenting sparades. För att kunna registrera igen: återställ databasen från en säkerhetskopia (IT kan hjälpa till) och starta sedan Kontokoll som vanligt.</translation>
    </message>
    <message>
        <source>The database is busy with another program; nothing was saved. Try again in a moment.</source>
        <translation>Databasen används av ett annat program, så ingenting sparades. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Saving failed ({reason}); nothing was saved. Check the free disk space and try again.</source>
        <translation>Det gick inte att spara ({reason}), så ingenting sparades. Kontrollera att det finns ledigt diskutrymme och försök igen.</translation>
    </message>
    <message>
        <source>The log could not be read ({reason}).</source>
        <translation>Loggen kunde inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): the log it held has been lost or cut off. Nothing has been changed. Restore the file from a backup, or move it aside to start a new log.</source>
        <translation>Databasen {path} är tom (0 byte): loggen den höll har gått förlorad eller klippts av. Ingenting har ändrats. Återställ filen från en säkerhetskopia, eller flytta undan den för att börja en ny logg.</translation>
    </message>
    <message>
        <source>The disk holding the database {path} is full, so Kontokoll cannot start. Nothing has been changed. Free some disk space and start again.</source>
        <translation>Disken där databasen {path} ligger är full, så Kontokoll kan inte starta. Ingenting har ändrats. Frigör diskutrymme och starta igen.</translation>
    </message>
    <message>
        <source>The database {path} could not be upgraded to this version of Kontokoll ({reason}). It has been left as it was. Free some disk space and start again, or ask IT for help.</source>
        <translation>Databasen {path} kunde inte uppgraderas till den här versionen av Kontokoll ({reason}). Den har lämnats som den var. Frigör lite diskutrymme och starta igen, eller be IT om hjälp.</translation>
    </message>
    <message>
        <source>This workstation&apos;s signing key {path} cannot be used ({reason}). Restore the file from a backup of the data folder, or ask IT for help; do not delete it, or colleagues&apos; Kontokoll will refuse this workstation&apos;s journal.</source>
        <translation>Arbetsplatsens signeringsnyckel {path} kan inte användas ({reason}). Återställ filen från en säkerhetskopia av datamappen, eller be IT om hjälp; ta inte bort den, då vägrar kollegernas Kontokoll att ta emot den här arbetsplatsens journal.</translation>
    </message>
    <message>
        <source>The entry was not saved: it is not in a form colleagues&apos; Kontokoll can take in ({reason}). A text may be too long; shorten it and save again.</source>
        <translation>Posten sparades inte: den har inte en form som kollegernas Kontokoll kan ta emot ({reason}). En text kan vara för lång; korta den och spara igen.</translation>
    </message>
    <message>
        <source>There is no database {path} to open read-only. Check the data folder (--data-dir) and try again.</source>
        <translation>Det finns ingen databas {path} att öppna skrivskyddat. Kontrollera datamappen (--data-dir) och försök igen.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): there is nothing in it to read, not even read-only. Nothing has been changed. Restore the file from a backup.</source>
        <translation>Databasen {path} är tom (0 byte): det finns ingenting i den att läsa, inte ens skrivskyddat. Ingenting har ändrats. Återställ filen från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Nothing of the log could be read from the database {path}: the file is damaged throughout, or is no Kontokoll database. Nothing has been changed. Restore the file from a backup, or ask IT for help.</source>
        <translation>Ingenting av loggen gick att läsa ur databasen {path}: filen är skadad rakt igenom, eller så är den ingen Kontokoll-databas. Ingenting har ändrats. Återställ filen från en säkerhetskopia, eller be IT om hjälp.</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>The team&apos;s files could not be saved on this workstation ({reason}). Free some disk space; the team folder is read again shortly.</source>
        <translation>Teamets filer kunde inte sparas på den här arbetsstationen ({reason}). Frigör lite diskutrymme. Teammappen läses in igen om en stund.</translation>
    </message>
    <message>
        <source>The database was busy or could not be written ({reason}), so the team folder was not brought up to date this time. It is tried again shortly.</source>
        <translation>Databasen var upptagen eller gick inte att skriva till ({reason}), så det som finns i teammappen kunde inte föras in den här gången. Kontokoll försöker igen om en stund.</translation>
    </message>
    <message>
        <source>This workstation&apos;s work could not be written to the team folder {folder} ({reason}). It is kept here and published when the folder can be written again.</source>
        <translation>Den här arbetsstationens arbete kunde inte sparas i teammappen {folder} ({reason}). Det finns kvar här och publiceras när det går att skriva i mappen igen.</translation>
    </message>
    <message>
        <source>The team folder {folder} cannot be reached ({reason}). Your work is kept on this workstation and shared when the folder can be reached again.</source>
        <translation>Det går inte att nå teammappen {folder} ({reason}). Ditt arbete sparas på den här arbetsstationen och delas när mappen går att nå igen.</translation>
    </message>
    <message>
        <source>{file} in the team folder is not a Kontokoll journal, so it was not read.</source>
        <translation>{file} i teammappen är ingen loggfil från Kontokoll, så den lästes inte in.</translation>
    </message>
    <message>
        <source>The journal {file} in the team folder could not be opened ({reason}), so it was not read this time. It is tried again at the next read.</source>
        <translation>Journalen {file} i teammappen kunde inte öppnas ({reason}), så den lästes inte den här gången. Den prövas igen vid nästa läsning.</translation>
    </message>
    <message>
        <source>The journal segment {file} follows a segment of the same journal that has not been read (it is missing, or was not accepted), so it waits. It is read once the segment before it has been.</source>
        <translation>Journaldelen {file} följer efter en del av samma journal som inte har lästs (den saknas eller togs inte emot), så den får vänta. Den läses så snart delen före den har lästs.</translation>
    </message>
    <message>
        <source>The journal {file} was written by a newer Kontokoll (schema version {found}; this version knows up to {known}), so it was not read. Install the newer Kontokoll to see that colleague&apos;s work.</source>
        <translation>Loggfilen {file} har skrivits av en nyare version av Kontokoll (schemaversion {found}; den här versionen hanterar upp till {known}), så den lästes inte in. Installera den nyare versionen av Kontokoll för att se kollegans arbete.</translation>
    </message>
    <message>
        <source>The journal {file} in the team folder is damaged and was not read ({reason}). It is read again once its workstation publishes it anew.</source>
        <translation>Loggfilen {file} i teammappen är skadad och lästes inte in ({reason}). Den läses in igen när arbetsstationen som den kommer från publicerar den på nytt.</translation>
    </message>
    <message>
        <source>The journal {file} in the team folder is {size} MB, far larger than any Kontokoll writes (at most {limit} MB), so it was not read. Ask IT to look at the team folder.</source>
        <translation>Journalen {file} i teammappen är {size} MB, långt större än någon journal Kontokoll skriver (högst {limit} MB), så den lästes inte. Be IT att se över teammappen.</translation>
    </message>
    <message>
        <source>The journal {file} in the team folder was refused: it is not as Kontokoll writes it ({reason}), so none of it was taken in. It may have been changed on the share; ask IT who can write to the team folder. It is read again once its workstation publishes it anew.</source>
        <translation>Journalen {file} i teammappen togs inte emot: den är inte som Kontokoll skriver den ({reason}), så inget av den lästes in. Den kan ha ändrats i den delade mappen; fråga IT vem som kan skriva i teammappen. Den läses igen när dess arbetsplats publicerar den på nytt.</translation>
    </message>
    <message>
        <source>The journal {file} carries this workstation&apos;s own id, so it was not read. Was this data folder copied from another workstation?</source>
        <translation>Loggfilen {file} har samma id som den här arbetsstationen, så den lästes inte in. Har datamappen kopierats från en annan arbetsstation?</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Team folder not reachable since {time}: working here, catching up later.</source>
        <translation>Teammappen har inte gått att nå sedan kl. {time}: arbetet sparas här och delas senare.</translation>
    </message>
    <message>
        <source>Reading the team folder…</source>
        <translation>Läser teammappen…</translation>
    </message>
    <message>
        <source>Team read at {time}; your work could not be written there</source>
        <translation>Teammappen läst kl. {time}; ditt arbete kunde inte skrivas dit</translation>
    </message>
    <message>
        <source>Team read at {time}</source>
        <translation>Teammappen läst kl. {time}</translation>
    </message>
    <message>
        <source>new in the team: {names}</source>
        <translation>ny i teamet: {names}</translation>
    </message>
    <message>
        <source>journals not read: {count} (see the tooltip)</source>
        <translation>journaler som inte lästes: {count} (se verktygstipset)</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Din roll</translation>
    </message>
    <message>
        <source>Today&apos;s check</source>
        <translation>Dagens kontroll</translation>
    </message>
    <message>
        <source>Missed (30 days)</source>
        <translation>Missade (30 dagar)</translation>
    </message>
    <message>
        <source>{address} (Ctrl+O opens it in the web browser)</source>
        <translation>{address} (Ctrl+O öppnar den i webbläsaren)</translation>
    </message>
    <message>
        <source>Missed working days: {days}</source>
        <translation>Missade arbetsdagar: {days}</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Inte kontrollerad än</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Inte en arbetsdag</translation>
    </message>
    <message>
        <source>Checked by {name} at {time}</source>
        <translation>Kontrollerad av {name} kl. {time}</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Show all active accounts</source>
        <translation>Visa alla aktiva konton</translation>
    </message>
    <message>
        <source>Accounts to check today</source>
        <translation>Konton att kontrollera i dag</translation>
    </message>
    <message>
        <source>&amp;Log check…</source>
        <translation>&amp;Logga kontroll…</translation>
    </message>
    <message>
        <source>Log a check for the selected account</source>
        <translation>Logga en kontroll för det markerade kontot</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Öppna konto</translation>
    </message>
    <message>
        <source>Open the selected account&apos;s page</source>
        <translation>Öppna sidan för det markerade kontot</translation>
    </message>
    <message>
        <source>Open on the &amp;platform</source>
        <translation>Öppna på &amp;plattformen</translation>
    </message>
    <message>
        <source>Open the selected account on its platform, in the web browser</source>
        <translation>Öppna det markerade kontot på dess plattform, i webbläsaren</translation>
    </message>
    <message>
        <source>Opens the account&apos;s web address (Ctrl+O)</source>
        <translation>Öppnar kontots webbadress (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Import accounts from CSV or Excel…</source>
        <translation>I&amp;mportera konton från CSV eller Excel…</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nytt konto…</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Opening the log…</source>
        <translation>Öppnar loggen…</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>I dag, {date}</translation>
    </message>
    <message>
        <source>Not a working day: no check is due today.</source>
        <translation>I dag är det inte en arbetsdag, så ingen kontroll behövs.</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n accounts checked today. Missed working days in the last 30 days: {missed}.</source>
        <translation>
            <numerusform>{done} av %n konto har kontrollerats i dag. Missade arbetsdagar de senaste 30 dagarna: {missed}.</numerusform>
            <numerusform>{done} av %n konton har kontrollerats i dag. Missade arbetsdagar de senaste 30 dagarna: {missed}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No account of yours is open for daily checks yet. Continue their checklists below: the daily checks begin once “Getting started” is finished.</source>
        <translation>Inget av dina konton är öppnat för dagliga kontroller än. Fortsätt med deras checklistor nedan: de dagliga kontrollerna börjar när ”Så kommer du igång” är slutförd.</translation>
    </message>
    <message>
        <source>No account names you as its officer, and you cover nobody&apos;s today. Accounts you are deputy for are under Covering. Tick “Show all active accounts” to see every account, or open an account in the register and add yourself.</source>
        <translation>Du är inte kontoansvarig för något konto, och i dag ersätter du ingen. Konton som du är ersättare för finns under fliken Frånvaro och ersättare. Kryssa i ”Visa alla aktiva konton” för att se alla konton, eller öppna ett konto i registret och lägg till dig själv.</translation>
    </message>
    <message>
        <source>There are no accounts yet. Add your first account, or import the register you already have from a CSV file or an Excel workbook (one row per account: platform, name, address, department, officer).</source>
        <translation>Det finns inga konton än. Lägg till ditt första konto, eller importera det register du redan har från en CSV-fil eller en Excel-arbetsbok (en rad per konto: plattform, namn, adress, förvaltning, kontoansvarig).</translation>
    </message>
    <message>
        <source>Covering for {name}</source>
        <translation>Ersätter {name}</translation>
    </message>
    <message>
        <source>Covered by {name}</source>
        <translation>Ersätts av {name}</translation>
    </message>
</context>
<context>
    <name>Verify</name>
    <message>
        <source>Records made before this version of Kontokoll: {count}. They were chained when the log was upgraded ({when}) and cannot be proven older than that.</source>
        <translation>Poster gjorda före den här versionen av Kontokoll: {count}. De kedjades när loggen uppgraderades ({when}) och kan inte bevisas vara äldre än så.</translation>
    </message>
    <message>
        <source>Records from colleagues&apos; journals written by an older Kontokoll, which carried no signature: {count}. They are proven once those workstations are updated.</source>
        <translation>Poster från kollegers journaler skrivna av en äldre Kontokoll, utan signatur: {count}. De bevisas när de arbetsplatserna har uppdaterats.</translation>
    </message>
    <message>
        <source>Colleagues&apos; evidence files not fetched here yet: {count}. They are checked once they are.</source>
        <translation>Kollegers bevisfiler som inte hämtats hit än: {count}. De kontrolleras när de har hämtats.</translation>
    </message>
    <message>
        <source>Everything holds.</source>
        <translation>Allt stämmer.</translation>
    </message>
    <message>
        <source>Problems found: {count}. The log itself is left as it is. Keep a copy of the data folder as it is now and tell whoever is responsible for the log.</source>
        <translation>Hittade problem: {count}. Själva loggen lämnas som den är. Spara en kopia av datamappen som den ser ut nu och meddela den som ansvarar för loggen.</translation>
    </message>
    <message>
        <source>{record} {id} was changed after it was recorded.</source>
        <translation>{record} {id} har ändrats efter att den registrerades.</translation>
    </message>
    <message>
        <source>{record} {id} was removed from the log.</source>
        <translation>{record} {id} har tagits bort ur loggen.</translation>
    </message>
    <message>
        <source>{record} {id} was put into the log outside Kontokoll: it has no place in a chain.</source>
        <translation>{record} {id} har lagts in i loggen utanför Kontokoll: den har ingen plats i någon kedja.</translation>
    </message>
    <message>
        <source>{record} {id} follows a gap in its chain: the records before it were removed.</source>
        <translation>{record} {id} följer på ett hål i sin kedja: posterna före den har tagits bort.</translation>
    </message>
    <message>
        <source>The chain was rewritten at {record} {id}: it does not follow from the one before.</source>
        <translation>Kedjan har skrivits om vid {record} {id}: den följer inte av posten före.</translation>
    </message>
    <message>
        <source>The signed head of workstation {workstation} (signed {signed}) does not hold.</source>
        <translation>Den signerade kedjetoppen för arbetsplatsen {workstation} (signerad {signed}) stämmer inte.</translation>
    </message>
    <message>
        <source>Records of workstation {workstation} up to number {seq}, signed {signed}, are gone.</source>
        <translation>Poster från arbetsplatsen {workstation} till och med nummer {seq}, signerade {signed}, saknas.</translation>
    </message>
    <message>
        <source>The history of workstation {workstation} differs from what it signed on {signed}.</source>
        <translation>Historiken för arbetsplatsen {workstation} skiljer sig från det den signerade {signed}.</translation>
    </message>
    <message>
        <source>The evidence file {name} ({sha}) was changed: its content no longer matches.</source>
        <translation>Bevisfilen {name} ({sha}) har ändrats: innehållet stämmer inte längre.</translation>
    </message>
    <message>
        <source>The evidence file {name} ({sha}) recorded here is missing from the data folder.</source>
        <translation>Bevisfilen {name} ({sha}) som registrerades här saknas i datamappen.</translation>
    </message>
    <message>
        <source>The database file is damaged: {reason}</source>
        <translation>Databasfilen är skadad: {reason}</translation>
    </message>
    <message>
        <source>Records checked: {facts}, from the chains of workstations: {workstations}. Evidence files checked: {files}. The database file itself was checked too.</source>
        <translation>Kontrollerade poster: {facts}, ur kedjorna från antal arbetsplatser: {workstations}. Kontrollerade bevisfiler: {files}. Även själva databasfilen kontrollerades.</translation>
    </message>
    <message>
        <source>The person record</source>
        <translation>Personposten</translation>
    </message>
    <message>
        <source>The account record</source>
        <translation>Kontoposten</translation>
    </message>
    <message>
        <source>The evidence record</source>
        <translation>Bevisposten</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>The removal</source>
        <translation>Borttagningen</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>Checklistan</translation>
    </message>
    <message>
        <source>The checklist step</source>
        <translation>Checklistesteget</translation>
    </message>
    <message>
        <source>The finished checklist</source>
        <translation>Den avslutade checklistan</translation>
    </message>
    <message>
        <source>The culling</source>
        <translation>Gallringen</translation>
    </message>
    <message>
        <source>The documentation</source>
        <translation>Dokumentationen</translation>
    </message>
    <message>
        <source>The revision</source>
        <translation>Revideringen</translation>
    </message>
    <message>
        <source>The larger change</source>
        <translation>Den större förändringen</translation>
    </message>
    <message>
        <source>The absence</source>
        <translation>Frånvaron</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>“{account}” has no web address in the register. Add it by editing the account in the register.</source>
        <translation>”{account}” har ingen webbadress i registret. Lägg till den genom att redigera kontot i registret.</translation>
    </message>
    <message>
        <source>The web browser could not open {address}. Copy the address and open it in the browser yourself, or check it in the register.</source>
        <translation>Webbläsaren kunde inte öppna {address}. Kopiera adressen och öppna den själv i webbläsaren, eller kontrollera den i registret.</translation>
    </message>
    <message>
        <source>The account&apos;s page did not open</source>
        <translation>Kontots sida öppnades inte</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>the check of {day} by {name}</source>
        <translation>kontrollen den {day} av {name}</translation>
    </message>
    <message>
        <source>the removed post “{post}”</source>
        <translation>det borttagna inlägget ”{post}”</translation>
    </message>
    <message>
        <source>the culling of {day}</source>
        <translation>gallringen den {day}</translation>
    </message>
    <message>
        <source>the documentation of {day}</source>
        <translation>dokumentationen den {day}</translation>
    </message>
    <message>
        <source>the revision of the rules of {day}</source>
        <translation>revideringen av riktlinjerna den {day}</translation>
    </message>
    <message>
        <source>the checklist begun on {day} by {name}</source>
        <translation>checklistan som påbörjades {day} av {name}</translation>
    </message>
    <message>
        <source>the larger change of {day}</source>
        <translation>den större förändringen den {day}</translation>
    </message>
    <message>
        <source>Call off a checklist</source>
        <translation>Avbryt en checklista</translation>
    </message>
    <message>
        <source>Call off {what}?

The account is then as it was before the checklist began (an account being closed is active again), the checklist leaves My day, and starting it later begins afresh. Nothing is erased: the steps saved stay in the account&apos;s history, marked as called off with your name and the reason. Calling off cannot be undone.</source>
        <translation>Avbryta {what}?

Kontot blir då som det var innan checklistan påbörjades (ett konto som höll på att stängas är aktivt igen), checklistan försvinner från Min dag och den börjar om från början om den påbörjas senare. Inget raderas: de sparade stegen finns kvar i kontots historik, markerade som avbrutna med ditt namn och skälet. Det går inte att ångra att en checklista avbryts.</translation>
    </message>
    <message>
        <source>&amp;Why is it called off?</source>
        <translation>&amp;Varför avbryts den?</translation>
    </message>
    <message>
        <source>Why it is called off</source>
        <translation>Varför checklistan avbryts</translation>
    </message>
    <message>
        <source>For example: begun for the wrong account.</source>
        <translation>Till exempel: påbörjad för fel konto.</translation>
    </message>
    <message>
        <source>Withdraw an entry</source>
        <translation>Makulera en post</translation>
    </message>
    <message>
        <source>Withdraw {what}?

A withdrawn entry is not erased: it stays in the log, marked as withdrawn with your name and the reason, and no longer counts in the days or the figures. Withdrawing cannot be undone; log the entry again if it was right after all.</source>
        <translation>Makulera {what}?

En makulerad post raderas inte: den finns kvar i loggen, märkt som makulerad med ditt namn och skälet, och räknas inte längre i dagarna eller siffrorna. En makulering kan inte ångras; logga posten igen om den var rätt ändå.</translation>
    </message>
    <message>
        <source>&amp;Why is it withdrawn?</source>
        <translation>&amp;Varför makuleras den?</translation>
    </message>
    <message>
        <source>Why the entry is withdrawn</source>
        <translation>Varför posten makuleras</translation>
    </message>
    <message>
        <source>For example: logged for the wrong account.</source>
        <translation>Till exempel: loggad på fel konto.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Makulera</translation>
    </message>
    <message>
        <source>&amp;Call off</source>
        <translation>&amp;Avbryt checklistan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Keep the checklist</source>
        <translation>&amp;Behåll checklistan</translation>
    </message>
    <message>
        <source>Withdrawn: {what}.</source>
        <translation>Makulerad: {what}.</translation>
    </message>
</context>
<context>
    <name>Withdrawal</name>
    <message>
        <source>The entry is not in the log. Close this window and choose the entry again.</source>
        <translation>Posten finns inte i loggen. Stäng fönstret och välj posten igen.</translation>
    </message>
    <message>
        <source>This entry was already withdrawn on {day} by {name}: “{reason}”.</source>
        <translation>Posten makulerades redan den {day} av {name}: ”{reason}”.</translation>
    </message>
    <message>
        <source>The checklist was finished on {day}, so it cannot be called off: what finishing it changed stays, and a closed account stays closed. An account opened by mistake is closed with its closing checklist.</source>
        <translation>Checklistan slutfördes {day} och kan därför inte avbrytas: det som slutförandet ändrade står kvar, och ett stängt konto förblir stängt. Ett konto som öppnats av misstag stängs med checklistan för att avsluta kontot.</translation>
    </message>
    <message>
        <source>Only whoever logged the entry, an officer of the account or a manager may withdraw it. Ask one of them to withdraw it.</source>
        <translation>Bara den som loggade posten, en kontoansvarig för kontot eller en chef får makulera den. Be någon av dem att makulera den.</translation>
    </message>
    <message>
        <source>Say why the entry is withdrawn: the reason stays with it in the log, for whoever reads it later.</source>
        <translation>Skriv varför posten makuleras: skälet följer med den i loggen, för den som läser den senare.</translation>
    </message>
    <message>
        <source>The reason is {length} characters long; at most {limit} are kept. Shorten it to a sentence or two.</source>
        <translation>Skälet är {length} tecken långt; högst {limit} sparas. Korta det till en mening eller två.</translation>
    </message>
</context>
<context>
    <name>Withdrawals</name>
    <message>
        <source>Withdraw…</source>
        <translation>Makulera…</translation>
    </message>
    <message>
        <source>{day} by {name}: “{reason}”. It does not count.</source>
        <translation>{day} av {name}: ”{reason}”. Räknas inte.</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>MAKULERAD</translation>
    </message>
</context>
<context>
    <name>WorkstationsDialog</name>
    <message>
        <source>Team workstations</source>
        <translation>Teamets arbetsstationer</translation>
    </message>
    <message>
        <source>Every workstation whose signed journal Kontokoll has read from the team folder. A new one is listed the first time it is read. If a workstation&apos;s computer was lost or its key is in the wrong hands, the information unit revokes it here: nothing it recorded counts any longer, on any workstation.</source>
        <translation>Varje arbetsstation vars signerade loggfil Kontokoll har läst från teammappen. En ny visas första gången den läses. Om en arbetsstations dator har kommit bort eller dess nyckel hamnat i fel händer spärrar informationsenheten den här: inget den har registrerat räknas längre, på någon arbetsstation.</translation>
    </message>
    <message>
        <source>The team&apos;s workstations</source>
        <translation>Teamets arbetsstationer</translation>
    </message>
    <message>
        <source>No workstation yet: the list fills once a team folder is chosen under Settings → Team and the colleagues&apos; journals are read.</source>
        <translation>Inga arbetsstationer ännu: listan fylls när en teammapp har valts under Inställningar → Team och roller och kollegornas loggfiler har lästs.</translation>
    </message>
    <message>
        <source>&amp;Why revoke the chosen workstation?</source>
        <translation>&amp;Varför spärras den valda arbetsstationen?</translation>
    </message>
    <message>
        <source>Why it is revoked</source>
        <translation>Varför den spärras</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen workstation</source>
        <translation>&amp;Spärra den valda arbetsstationen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Choose the workstation to revoke in the list.</source>
        <translation>Välj arbetsstationen som ska spärras i listan.</translation>
    </message>
    <message>
        <source>{name}&apos;s workstation was revoked: its entries no longer count.</source>
        <translation>{name}s arbetsstation spärrades: dess poster räknas inte längre.</translation>
    </message>
</context>
<context>
    <name>WorkstationsModel</name>
    <message>
        <source>Used by</source>
        <translation>Används av</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Först sedd</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Senast publicerad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>(inte känt ännu)</translation>
    </message>
    <message>
        <source>Revoked {day} by {name}: {reason}</source>
        <translation>Spärrad {day} av {name}: {reason}</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>Den här arbetsstationen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Räknas</translation>
    </message>
</context>
</TS>
