<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported %n account(s) from {file}.</source>
        <translation>
            <numerusform>Imported %n account from {file}.</numerusform>
            <numerusform>Imported %n accounts from {file}.</numerusform>
        </translation>
    </message>
</context>
</TS>
