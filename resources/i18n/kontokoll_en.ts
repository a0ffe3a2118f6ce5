<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message numerus="yes">
        <source>Saved: {name} away {first} – {last}, %n accounts covered.</source>
        <translation>
            <numerusform>Saved: {name} away {first} – {last}, %n account covered.</numerusform>
            <numerusform>Saved: {name} away {first} – {last}, %n accounts covered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckWording</name>
    <message numerus="yes">
        <source>Logged late: this check is for {day}, %n days ago. It is saved as a late check, logged today.</source>
        <translation>
            <numerusform>Logged late: this check is for {day}, %n day ago. It is saved as a late check, logged today.</numerusform>
            <numerusform>Logged late: this check is for {day}, %n days ago. It is saved as a late check, logged today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checks of that day are in the log.</source>
        <translation>
            <numerusform>%n check of that day is in the log.</numerusform>
            <numerusform>%n checks of that day are in the log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Imported %n accounts from {file}.</source>
        <translation>
            <numerusform>Imported %n account from {file}.</numerusform>
            <numerusform>Imported %n accounts from {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review of %n accounts from {first} to {last} to {file}.</source>
        <translation>
            <numerusform>Wrote the review of %n account from {first} to {last} to {file}.</numerusform>
            <numerusform>Wrote the review of %n accounts from {first} to {last} to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n evidence files to the team folder.</source>
        <translation>
            <numerusform>Copied %n evidence file to the team folder.</numerusform>
            <numerusform>Copied %n evidence files to the team folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the changed journals of {names}; new facts: %n.</source>
        <translation>
            <numerusform>Read the changed journals of {names}; new facts: %n.</numerusform>
            <numerusform>Read the changed journals of {names}; new facts: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the changed journals; new facts: %n.</source>
        <translation>
            <numerusform>Read the changed journals; new facts: %n.</numerusform>
            <numerusform>Read the changed journals; new facts: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched %n evidence files from the team folder.</source>
        <translation>
            <numerusform>Fetched %n evidence file from the team folder.</numerusform>
            <numerusform>Fetched %n evidence files from the team folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence files are not in the team folder yet; they are fetched at a later sync.</source>
        <translation>
            <numerusform>%n evidence file is not in the team folder yet; it is fetched at a later sync.</numerusform>
            <numerusform>%n evidence files are not in the team folder yet; they are fetched at a later sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoveringView</name>
    <message numerus="yes">
        <source>Today you cover %n accounts for {names}.</source>
        <translation>
            <numerusform>Today you cover %n account for {names}.</numerusform>
            <numerusform>Today you cover %n accounts for {names}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duties</name>
    <message numerus="yes">
        <source>%n working days without a logged check, the last {day}.</source>
        <translation>
            <numerusform>%n working day without a logged check, on {day}.</numerusform>
            <numerusform>%n working days without a logged check, the last {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DutyCalendar</name>
    <message numerus="yes">
        <source>Saved %n dates of every duty in the municipality for the next {months} months in {path}.</source>
        <translation>
            <numerusform>Saved %n date of every duty in the municipality for the next {months} months in {path}.</numerusform>
            <numerusform>Saved %n dates of every duty in the municipality for the next {months} months in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n dates of your duties for the next {months} months in {path}.</source>
        <translation>
            <numerusform>Saved %n date of your duties for the next {months} months in {path}.</numerusform>
            <numerusform>Saved %n dates of your duties for the next {months} months in {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message numerus="yes">
        <source>Read-only: the log in {path} is open to look at and export only. It holds %n records (daily checks: {checks}).</source>
        <translation>
            <numerusform>Read-only: the log in {path} is open to look at and export only. It holds %n record (daily checks: {checks}).</numerusform>
            <numerusform>Read-only: the log in {path} is open to look at and export only. It holds %n records (daily checks: {checks}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records the log knows of could not be read, and parts of the file could not be read at all, so more may be missing.</source>
        <translation>
            <numerusform>%n record the log knows of could not be read, and parts of the file could not be read at all, so more may be missing.</numerusform>
            <numerusform>%n records the log knows of could not be read, and parts of the file could not be read at all, so more may be missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records the log knows of could not be read.</source>
        <translation>
            <numerusform>%n record the log knows of could not be read.</numerusform>
            <numerusform>%n records the log knows of could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read-only: the database {path} is damaged. Kontokoll read %n records from it (daily checks: {checks}). {lost}</source>
        <translation>
            <numerusform>Read-only: the database {path} is damaged. Kontokoll read %n record from it (daily checks: {checks}). {lost}</numerusform>
            <numerusform>Read-only: the database {path} is damaged. Kontokoll read %n records from it (daily checks: {checks}). {lost}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made from a read-only copy of a damaged log: %n records could not be read, and more may be missing, so a day shown as missed may have been checked.</source>
        <translation>
            <numerusform>Made from a read-only copy of a damaged log: %n record could not be read, and more may be missing, so a day shown as missed may have been checked.</numerusform>
            <numerusform>Made from a read-only copy of a damaged log: %n records could not be read, and more may be missing, so a day shown as missed may have been checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Made from a read-only copy of a damaged log: %n records could not be read, so a day shown as missed may have been checked.</source>
        <translation>
            <numerusform>Made from a read-only copy of a damaged log: %n record could not be read, so a day shown as missed may have been checked.</numerusform>
            <numerusform>Made from a read-only copy of a damaged log: %n records could not be read, so a day shown as missed may have been checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPdf</name>
    <message numerus="yes">
        <source>Period: {first} – {last} (%n days)</source>
        <translation>
            <numerusform>Period: {first} – {last} (%n day)</numerusform>
            <numerusform>Period: {first} – {last} (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>{done} of %n accounts checked today. Missed working days in the last 30 days: {missed}.</source>
        <translation>
            <numerusform>{done} of %n account checked today. Missed working days in the last 30 days: {missed}.</numerusform>
            <numerusform>{done} of %n accounts checked today. Missed working days in the last 30 days: {missed}.</numerusform>
        </translation>
    </message>
</context>
</TS>
