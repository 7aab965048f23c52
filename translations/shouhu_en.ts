<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivitiesDialog</name>
    <message>
        <source>Activities and talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an activity to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year: %1 activities; %2 children and %3 guardians or caregivers took part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity has an unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;participants&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each participant must be an object with the child&apos;s id in &quot;child&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant has an unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityCommands</name>
    <message>
        <source>The activity was saved with the id %1: %2 children and %3 guardians or caregivers took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity %1 was changed: %2 children and %3 guardians or caregivers took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a group activity or talk and who took part (docs/activity-json.md); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an activity: its fields and its list of participants, which replaces the stored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activities of an area, newest first, with how many took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this area (a village, a township, …); the station&apos;s area by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies).</source>
        <translation>
            <numerusform>%n activity(ies).</numerusform>
            <numerusform>%n activity(ies).</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity with the children and guardians who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children and %2 guardians or caregivers took part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 安全自护专题宣讲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a child by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian or caregiver took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came for the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part: %1 children, %2 guardians or caregivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part (the village&apos;s children on the register):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer on the register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityRepository</name>
    <message>
        <source>No child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 was merged into the file %2: add that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lives in another village: an activity holds the children of one village (record it once per village).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the village of the activity from the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1 is outside this station&apos;s area (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children listed live in %1, not in the activity&apos;s village %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity stays in its village: record a new activity for another village.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddChildCommand</name>
    <message>
        <source>Register a child from a JSON file (&quot;-&quot; reads stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON form of a child&apos;s file is described in docs/child-json.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 was saved with the id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementAddCommand</name>
    <message>
        <source>Draw up a care agreement for a child from the child&apos;s file (parents and caregiver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the term (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the term (default one year after the first, less a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is able to give care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has a record of abuse or violence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has drug, alcohol or gambling habits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has long neglected a duty of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another caregiver than the file&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s relation to the child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the parents pay for the care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --child is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file names no caregiver; give one with --caregiver-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1 was drawn up (caregiver %2, %3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the agreement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver check passes: the agreement can be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver check fails, so it cannot be printed yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver check (Art. 22 of the Law on the Protection of Minors) asks the seven questions --capable, --abuse, --habits, --neglect, --infringement, --abandonment and --unsuitable; a caregiver without an ID number is checked by --caregiver-birth-date from the document named by --caregiver-birth-document. An agreement whose check fails is stored but cannot be printed. A current agreement with the same caregiver is kept unless its renewal is due; otherwise the new agreement replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has committed sexual assault or another infringement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has abandoned or trafficked a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is otherwise unsuitable to be entrusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an ID number: the caregiver&apos;s birth date from another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document the birth date comes from (household register, passport, …).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementAttachCommand</name>
    <message>
        <source>Attach a scan or photo of the signed paper (JPEG, PNG or PDF; images are reduced to 1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached as %1 (%2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>--%1: answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCoverage</name>
    <message>
        <source>The coverage cannot be counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCoverageCommand</name>
    <message>
        <source>Signed, valid agreements among left-behind children, per village and township, and the children without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this area (default: the station&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid on this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children without a valid signed agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementCoverageDialog</name>
    <message>
        <source>Care agreement coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township / village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a child to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children without a valid signed agreement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 children in the left-behind category have a signed agreement that is valid today (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Care agreement and printing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to give care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of abuse or violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug, alcohol or gambling habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long neglect of the duty of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw up agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village committee witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach scan or photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print child&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print visit form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care agreement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agreement: %1, caregiver %2, %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s file names another caregiver: draw up a new agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) attached.</source>
        <translation>
            <numerusform>%n scan attached.</numerusform>
            <numerusform>%n scans attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>The caregiver check passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver check fails: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and photos (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1960-05-01, when there is no ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. household register (户口簿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual assault or other infringement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonment or trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (no ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown by (document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement in force is signed on paper. Answer the questions above only to draw up a new agreement; the caregiver check then applies to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementListCommand</name>
    <message>
        <source>List care agreements (replaced ones are left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only agreements inside this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this child&apos;s agreements, replaced ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this state: draft, printed, signed, expired, replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only drafts and printed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those due for renewal (30 days before the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; use draft, printed, signed, expired or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s).</source>
        <translation>
            <numerusform>%n agreement.</numerusform>
            <numerusform>%n agreements.</numerusform>
        </translation>
    </message>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementNoticeCommand</name>
    <message>
        <source>Record that the parents informed the school and the village committee in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the written notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --date is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The written notice of %1 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>%1 has left the register; no agreement can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an agreement with this caregiver (%2); a new one is made when the caregiver changes or the renewal is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 agreement cannot be changed; make a new agreement instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changes only through the agreement&apos;s lifecycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreements cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agreement with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 agreement cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the agreement first: the signatures go on the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the agreement was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing date %1 is before the agreement was printed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the village committee&apos;s witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement has been replaced by a newer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This agreement is not waiting for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the term of the agreement as two real dates (first and last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the term (%1) must come after the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term may be at most five years; make a new agreement after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementReviewCommand</name>
    <message>
        <source>Decide on an agreement drawn up elsewhere while the child had one on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --keep it becomes the child&apos;s current agreement (the one on paper is marked replaced); with --discard it is marked replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this agreement as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the agreement on paper; this one is replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --keep or --discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1 is now the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1 was marked replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementSignCommand</name>
    <message>
        <source>Record that a printed agreement was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village committee&apos;s witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the parents informed the school and the village committee in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement %1 is signed (%2, witness %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaCatalog</name>
    <message>
        <source>The list of area codes is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaPicker</name>
    <message>
        <source>Type a place name or area code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaTreeModel</name>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachments cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Make a verified backup copy of the database (in its backup folder, or --out FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is made with SQLite&apos;s online backup API and checked with PRAGMA integrity_check before it gets its name; a copy that fails is deleted. Without --out the copy goes into the folder &quot;&lt;database&gt;.backups&quot; beside the database and the oldest beyond the kept number are deleted (see &quot;shouhu-cli backups --keep&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the copy to FILE (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verified backup (%1) was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupRestorer</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Shouhu database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged (SQLite cannot read it); choose another backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged (it fails SQLite&apos;s integrity check); choose another backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was made by a newer version of Shouhu (database version %2; this one knows up to %3): restore it with that version; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is the database itself; choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the change under way first; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no station (a database never set up), so it would wipe this station&apos;s register; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a backup of another station (&quot;%2&quot;, id %3), not of this one (&quot;%4&quot;); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored, because the backup of the current data failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the damaged database could not be kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>Between 1 and %1 backups can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this program may not write files larger than %1 (a limit set on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 is full; free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not write in %1 (an input/output error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 is read-only or cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed SQLite&apos;s integrity check and was deleted (the database itself may be damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite error %1 on writing in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is in the middle of a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be written over the database itself; name another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name the file of the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported, because the backup made before every import failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>List the backups in the database&apos;s backup folder (time, reason, size, verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy listed passed the integrity check when it was made; --verify checks each again now. --keep N sets how many backups are kept (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last N backups (1 to %1); older ones are deleted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the integrity check on every copy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in %1; the last %2 are kept.</source>
        <translation>
            <numerusform>%n backup in %1; the last %2 are kept.</numerusform>
            <numerusform>%n backups in %1; the last %2 are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchBackupCommand</name>
    <message>
        <source>Measure a verified backup of a city-sized database (budget &lt; %1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on a new demo database in a temporary folder (--db is not used): N demo children (default 60000), then one backup into the backup folder (the copy and its integrity check), timed. The budget is shown as met or missed; the exit code stays 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 demo children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of %1 children (%2), verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which the copy (backup API, fsync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  of which PRAGMA integrity_check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database (SQLCipher) before the backup is measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchCity</name>
    <message>
        <source>Benchmark demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchDispatchCommand</name>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder can be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark dispatch: %1 children, %2 (%3 areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 demo children were created first, in %2 s.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch report %1, %2 children updated (median of 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  of which the week&apos;s writes traced to %n child(ren)</source>
        <translation>
            <numerusform>  of which the week&apos;s writes traced to %n child(ren)</numerusform>
            <numerusform>  of which the week&apos;s writes traced to %n child(ren)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  the same for %1 (%n child(ren) updated)</source>
        <translation>
            <numerusform>  the same for %1 (%n child(ren) updated)</numerusform>
            <numerusform>  the same for %1 (%n child(ren) updated)</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing PDF (%n page(s))</source>
        <translation>
            <numerusform>Writing PDF (%n page)</numerusform>
            <numerusform>Writing PDF (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Measure the weekly dispatch report and the data-quality checks of a city, and writing the report as CSV, XLSX and PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database is first set up as a city station (赣州市) and filled with demo children; a demo database with fewer children than asked is filled up. The report of this week (every demo child updated, the most work) is made three times after one run that warms the cache; the median counts; the same for the data-quality checks of the whole station (as `check` runs them). Budgets: the report &lt; %1 ms, the checks &lt; %2 ms. The files go to a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data-quality checks of the station, %n issue(s) (median of 3)</source>
        <translation>
            <numerusform>Data-quality checks of the station, %n issue (median of 3)</numerusform>
            <numerusform>Data-quality checks of the station, %n issues (median of 3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchImportManyCommand</name>
    <message>
        <source>Measure a township importing many village packages in one action against importing them one by one (a scratch folder; the database of --db is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village packages (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in each village&apos;s package (default 40).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The official list has no township with %n village(s).</source>
        <translation>
            <numerusform>The official list has no township with %n village.</numerusform>
            <numerusform>The official list has no township with %n villages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating %1 village stations with %2 demo children each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scratch databases could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchOfficeCommand</name>
    <message>
        <source>Measure the office&apos;s views on a city database: the dashboard, the weekly dispatch report and the data-quality checks, against their budgets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database is first set up as a city station (赣州市) and filled with demo children (as bench dispatch makes it); a demo database with fewer children than asked is filled up; give --db to reuse one. Each view is run once to warm the cache, then three times; the median counts. Budgets: the dashboard &lt; %1 ms, the dispatch report &lt; %2 ms, the checks (as `check` runs them) &lt; %3 ms. The dashboard is also timed without its data-quality figure, and a township&apos;s dashboard and one drill-down list apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark office: %1 children, %2 (%3 areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 demo children were created first, in %2 s.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard of the city (median of 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the same without the data-quality figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  the dashboard of %1 (%n child(ren))</source>
        <translation>
            <numerusform>  the dashboard of %1 (%n child(ren))</numerusform>
            <numerusform>  the dashboard of %1 (%n child(ren))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  the list behind &quot;to survey&quot; (%n child(ren))</source>
        <translation>
            <numerusform>  the list behind &quot;to survey&quot; (%n child(ren))</numerusform>
            <numerusform>  the list behind &quot;to survey&quot; (%n child(ren))</numerusform>
        </translation>
    </message>
    <message>
        <source>Dispatch report of this week (median of 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data-quality checks of the station, %n issue(s) (median of 3)</source>
        <translation>
            <numerusform>Data-quality checks of the station, %n issue (median of 3)</numerusform>
            <numerusform>Data-quality checks of the station, %n issues (median of 3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BenchOpenSearchCommand</name>
    <message>
        <source>Measure opening the database with the first page of the case list, name searches and peak memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or demo database with fewer children than asked is first filled with demo data. The measurement runs in a new process, so that the database is opened from scratch. Budgets: open + first page &lt; %1 ms, every search &lt; %2 ms, peak memory &lt; %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: measure in this process and print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measuring process failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark open-search: %1 children in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 demo children were created first, in %2 s.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open + first page of %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, median of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, slowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak memory (VmHWM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchPrintCommand</name>
    <message>
        <source>Measure printing: a village&apos;s batch of agreements to one PDF, and one agreement&apos;s preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs on a new demo database in a temporary folder (--db is not used). Budgets: a batch of 300 agreements &lt; %1 s, one agreement&apos;s preview &lt; %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements in the batch (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the batch PDF in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch PDF of %1 agreements (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agreement&apos;s preview, first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One agreement&apos;s preview, slowest of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchRosterCommand</name>
    <message>
        <source>Measure importing a roster of new children into a new village database (a scratch folder; the database of --db is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roster of N children (valid ID numbers, guardian and school) is written as CSV and as XLSX; both are read, the CSV one is planned (every row checked) and imported in one transaction. Budget: reading, planning and importing &lt; %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the roster (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark&apos;s roster has rows that are not new children: %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchScheduleCommand</name>
    <message>
        <source>Measure the month&apos;s schedule, the open-referral list and saving a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new or demo database with fewer children than asked is first filled with demo data (with a year of visits). Budgets: schedule &lt; %1 ms, open referrals &lt; %2 ms, saving a visit &lt; %3 ms (the slowest of 20; measured only on demo data, since it writes visits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the database (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark schedule: %1 children, %2 visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 demo children with their visits were created first, in %2 s.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month&apos;s schedule (%1 due, %2 overdue, %3 visited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a visit, slowest of 20 (median %1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (real data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark demo station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchStations</name>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchSyncCommand</name>
    <message>
        <source>Measure export and import of sync packages against the budgets (a scratch folder; the database of --db is not touched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in the township (default 60000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 demo children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sqlite3 shell is needed for this benchmark (Debian package sqlite3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the three stations&apos; databases (SQLCipher) before anything is measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlindIconProvider</name>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareAgreement</name>
    <message>
        <source>This agreement has been replaced by a newer one; print the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has no term: enter the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver check failed, so the agreement cannot be printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaregiverCheck</name>
    <message>
        <source>The caregiver&apos;s ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is under 18 (born %1): a caregiver must be an adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver is able to give care has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is not able to give care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver has a record of abuse or violence has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has a record of abuse or violence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver has drug, alcohol or gambling habits has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has drug, alcohol or gambling habits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver has long neglected a duty of care has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has long neglected a duty of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver&apos;s ID number is missing, and no birth date from another document (household register, passport, …) is recorded, so the age cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is under 18 (born %1, according to the %2): a caregiver must be an adult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver has committed sexual assault or another infringement has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has committed sexual assault or another infringement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver has abandoned or trafficked a person has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver has abandoned or trafficked a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the caregiver is otherwise unsuitable has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is otherwise unsuitable to be entrusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseDatabase</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a Shouhu database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already belongs to the station &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved because part of it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only: Shouhu must create files next to the database there; move the database to a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only, so nothing can be saved in it; make it writable (check its permissions) or work on a copy in a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not carry out the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was moved or deleted while it was open; start Shouhu again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened; check that the file and its folder exist and that you may read and write them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding %1 is full; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk could not read or write the database %1 (an input/output error); check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged; restore it from the latest backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to work on the database %1; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not carry out the request (SQLite error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: this program may not write files larger than %1 (a limit set on this computer); ask for the limit to be raised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (age)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Search by name or ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the child&apos;s village from the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1 is outside this station&apos;s area (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a relation the file knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child who leaves the register needs an exit reason and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is 18 or older; check the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s village cannot be changed here; exit the child as moved away and register the child in the new village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verdicts could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already on the register: %2 of %3, whose files were merged into one; search for %1 in the case list to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is already on the register: %2 of %3; search for %1 in the case list to open that file instead of registering the child again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village already has a file of %1 born on %2 (id %3): check that this is not the same child before registering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the birth date %2 does not match the ID number, which says %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sex does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file was changed, because the file of %1 refuses the change: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Not left-behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Data-quality checks of the children on the register: missing, invalid and contradictory facts, one line each (docs/cli.md lists the rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children inside this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data-quality issue found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s).</source>
        <translation>
            <numerusform>%n issue.</numerusform>
            <numerusform>%n issues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIdCommand</name>
    <message>
        <source>Check citizen ID numbers: valid or why not, birth date, sex, county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits with 1 when any number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the area list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildFile</name>
    <message>
        <source>&quot;household&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildForm</name>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian and caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit child…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number says the child was born on %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number says the child is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes before the child leaves the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement and printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the child&apos;s file first: agreements and printouts use the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the child&apos;s file first: a visit is recorded about the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChildMerger</name>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1 (%2) was already merged into another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two files are in different villages (%1 and %2): a file is merged only within its village. Exit the file of the village where the child no longer lives as moved away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two files have different ID numbers (%1 and %2): they are two children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village %1 is outside this station&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classifier</name>
    <message>
        <source>father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s work place is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s work place (%2) has no area code recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s work place code (%2) is not a valid area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s hukou county is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the province or city of the %1&apos;s work place (%2) is recorded, not the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has died.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing and cannot be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is seriously ill and cannot act as guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is seriously disabled and cannot act as guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is in prison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is in compulsory drug rehabilitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is deprived of liberty by a legal measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s status is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2, only %n month(s): less than the %3 months the rule requires.</source>
        <translation>
            <numerusform>The %1 has been away for work since %2, only %n month: less than the %3 months the rule requires.</numerusform>
            <numerusform>The %1 has been away for work since %2, only %n months: less than the %3 months the rule requires.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 works inside the child&apos;s hukou county (%2), which does not count as away for work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2 (%n month(s)), outside the hukou county (%3).</source>
        <translation>
            <numerusform>The %1 has been away for work since %2 (%n month), outside the hukou county (%3).</numerusform>
            <numerusform>The %1 has been away for work since %2 (%n months), outside the hukou county (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 has been away for work since %2 (%n month(s)).</source>
        <translation>
            <numerusform>The %1 has been away for work since %2 (%n month).</numerusform>
            <numerusform>The %1 has been away for work since %2 (%n months).</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is away for work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the %1 left for work is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parents have died: the child is an orphan and should be referred to orphan support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household receives dibao (minimum living allowance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household receives support for the extremely poor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family is recorded as being in economic difficulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child has a disability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is looking after the child (no guardianship).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child turned %1 on %2: over-age, no longer counted as a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is under %1 (turns %1 on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hukou type (rural or not) is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s hukou is not rural: not a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is at home and can look after the child: not a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 does not count as away for work under the rule: not a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither parent is away for work: not a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parents are away for work: a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is away for work and the %2 cannot act as guardian: a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts needed for the decision are not recorded: a suspected left-behind child until they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child&apos;s hukou county (%1) is not the code of a county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has been declared missing by a court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1&apos;s guardianship has been revoked by a court.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has been deported (repatriated or expelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is recorded as not alive but with the status &quot;%2&quot;: correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is recorded as alive but with the status &quot;%2&quot;: correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is recorded as able to give care but with the status &quot;%2&quot;: correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is at home but is recorded as not able to give care (no guardianship capacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is recorded as not alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is recorded as not able to give care (no guardianship capacity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the %1&apos;s status (%2) began is not recorded: 民发〔2019〕62号 counts it only when it has lasted %3 months or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s status (%2) began on %3, only %n month(s) ago: 民发〔2019〕62号 counts it from %4 months.</source>
        <translation>
            <numerusform>The %1&apos;s status (%2) began on %3, only %n month ago: 民发〔2019〕62号 counts it from %4 months.</numerusform>
            <numerusform>The %1&apos;s status (%2) began on %3, only %n months ago: 民发〔2019〕62号 counts it from %4 months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1&apos;s status (%2) has lasted since %3 (%n month(s)): 民发〔2019〕62号 counts it from %4 months.</source>
        <translation>
            <numerusform>The %1&apos;s status (%2) has lasted since %3 (%n month): 民发〔2019〕62号 counts it from %4 months.</numerusform>
            <numerusform>The %1&apos;s status (%2) has lasted since %3 (%n months): 民发〔2019〕62号 counts it from %4 months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Both parents have died or been declared missing by a court: the child is an orphan and should be referred to orphan support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither parent can raise the child (民发〔2019〕62号): the child counts as a factually unsupported child and should be referred to the safety net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is seriously ill, which the local rules count as a child in difficulty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is recorded as living with the %1, whose status is &quot;%2&quot;: correct one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child lives with the %1 where the %1 works (随迁): not a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child lives with the %1 where the %1 works (随迁, in %2): not a left-behind child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file records a suspicion that the child is abused or abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassifyCommand</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Bring every child&apos;s category up to date and exit the children who turned 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date after today is accepted only for demo data: the changes are recorded as made on that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the verdict on this child in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify as on this day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date after today can only be used on demo data, because the changes would be recorded in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n children turned 16 and were exited as over-age: %1</source>
        <translation>
            <numerusform>%n children turned 16 and were exited as over-age: %1</numerusform>
            <numerusform>%n children turned 16 and were exited as over-age: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdicts on %1 for %n children:</source>
        <translation>
            <numerusform>Verdicts on %1 for %n children:</numerusform>
            <numerusform>Verdicts on %1 for %n children:</numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide, record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factually unsupported child (refer to the safety net):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in difficulty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-age on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source> [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The database file (default: the one the program uses, %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a real date (write it as 2024-08-08).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1; set up the station with &quot;shouhu-cli init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has no station yet; run &quot;shouhu-cli init&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not valid JSON (at character %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encrypted: give the station&apos;s passphrase with --passphrase-file or the SHOUHU_PASSPHRASE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliPassphrase</name>
    <message>
        <source>Read the passphrase from this file (default: the SHOUHU_PASSPHRASE environment variable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase with --%1 or the %2 environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang takes en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: shouhu-cli [--db FILE] [--json] [--lang en|zh_CN] COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu: the register of rural left-behind children, from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;shouhu-cli help COMMAND&quot; shows the options of a command. Exit codes: 0 done, 1 refused (the reason is printed), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockRepair</name>
    <message>
        <source>This computer&apos;s date (%1) is more than a day behind the latest change received from other stations (%2): set the correct date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made here while the computer&apos;s date was wrong carry future times; other stations will refuse them until they are repaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to repair: this station&apos;s clock agrees with the computer&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s clock was set back to the computer&apos;s time (%1); no change carried a future time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The station&apos;s clock was set back to the computer&apos;s time (%1): %n change(s) made while the computer&apos;s date was wrong now carry the current time, in the same order and with the same values. Export again.</source>
        <translation>
            <numerusform>The station&apos;s clock was set back to the computer&apos;s time (%1): %n change made while the computer&apos;s date was wrong now carry the current time, in the same order and with the same values. Export again.</numerusform>
            <numerusform>The station&apos;s clock was set back to the computer&apos;s time (%1): %n changes made while the computer&apos;s date was wrong now carry the current time, in the same order and with the same values. Export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) entered meanwhile lie after today (%1): other stations refuse them until that day unless they are corrected.</source>
        <translation>
            <numerusform>%n date entered meanwhile lie after today (%1): other stations refuse them until that day unless they are corrected.</numerusform>
            <numerusform>%n dates entered meanwhile lie after today (%1): other stations refuse them until that day unless they are corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s date (%1) is earlier than any day Shouhu can have been used on: set the correct date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was repaired: this computer&apos;s date (%1) is earlier than any day Shouhu can have been used on; set the correct date and time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was repaired: this computer&apos;s date (%1) is more than a day behind the latest change received from other stations (%2); set the correct date and time first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockRepairCommand</name>
    <message>
        <source>Give the changes made while the computer&apos;s date was wrong the current time, so that other stations accept them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the computer&apos;s date and time right first. Every change this station made with a time in the future is written again with the current time, in the same order and with the same values (an audit entry each), and the station&apos;s clock goes back to the computer&apos;s time; changes of other stations are not touched. Running it again changes nothing. Refused when the computer&apos;s date is more than a day behind the changes received from other stations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockWatch</name>
    <message>
        <source>Repair the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the changes this station has already seen. Set the correct date and time before you enter or import anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictStore</name>
    <message>
        <source>The conflict could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflict has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict names a field this program does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is about a spot check, which only the office may change; it is resolved there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These values were changed at two stations at the same time. The newer change is in the record now (current value); the other one was kept here. For each, choose which is right, or type the right value: your choice reaches the other stations with the next packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or the right value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the right value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2 is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no open conflicts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The encryption library failed its self-test (%1); Shouhu cannot protect data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not inside this station&apos;s area, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a valid agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a valid agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records with data-quality issues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In activities this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Coverage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement coverage (%): the %1 areas with the lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement coverage by area (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per month, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children updated per ISO week (week number)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardChildrenDialog</name>
    <message numerus="yes">
        <source>%1: %n child(ren)</source>
        <translation>
            <numerusform>%1: %n child(ren)</numerusform>
            <numerusform>%1: %n child(ren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a child to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCommand</name>
    <message>
        <source>The office dashboard: children by category, new and exited this month, survey progress, agreement coverage, the month&apos;s visits, referrals, data-quality issues and this week&apos;s updates, for the area and each of its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list FIGURE prints the children behind one figure instead (the same definition as its number): children, category:CODE, new, exited, exited:REASON, surveyed, to_survey, left_behind, covered, uncovered, visits_done, visits_due, visits_overdue, referrals_open, referrals_overdue, quality, updated_this_week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area to show (inside the station&apos;s area; default the station&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the children behind this figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes a figure such as visits_overdue, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren).</source>
        <translation>
            <numerusform>%n child(ren).</numerusform>
            <numerusform>%n child(ren).</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n issue(s))</source>
        <translation>
            <numerusform>%1 (%n issue)</numerusform>
            <numerusform>%1 (%n issues)</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the dashboard of the area above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an area&apos;s name to see its dashboard; click a number to see the children behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1; visits, new and exited children: %2; updates: the week from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 surveyed (%p%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: %1 to survey; no deadline set (File → Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Survey: %1 to survey, %n day(s) left to the deadline (%2).</source>
        <translation>
            <numerusform>Survey: %1 to survey, %n day left to the deadline (%2).</numerusform>
            <numerusform>Survey: %1 to survey, %n days left to the deadline (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey: %1 to survey; the deadline (%2) has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the children behind this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform>
            <numerusform>%n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseEncryption</name>
    <message>
        <source>The passphrase does not open the database %1; check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is encrypted: give the station&apos;s passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted (SQLite error %2); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted: it is still in use; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be encrypted: the encrypted copy could not take its place; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open in this program; it can be encrypted only when closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseKey</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was encrypted by a newer version of Shouhu; install that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to check the passphrase; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>The database %1 is open in another Shouhu window or program; close it there first (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 does not allow Shouhu to lock the database (a network drive?); keep the database on this computer&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: its lock file %2 cannot be created or opened (check its permissions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill the station&apos;s area with fictitious demo children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a new database or one that already holds demo data; the station is marked as demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many children (1 to 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed: the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --children is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds real children&apos;s files; demo data goes only into a new database or one that already holds demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo children: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 demo children were created in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station&apos;s area has no villages in the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSetup</name>
    <message>
        <source>The demo village is missing from the area list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo children…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchCommand</name>
    <message>
        <source>The weekly dispatch report: per area, records updated in the week, missing and wrong information, survey and agreement progress, zero-update areas and a ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are the areas one level below the station&apos;s (a township&apos;s villages, a county&apos;s or a city&apos;s townships), or below --area. An update is a change recorded in the week by any station (docs/cli.md says which). Text and JSON go to stdout unless --out is given; CSV (UTF-8 with a byte order mark, for Excel), XLSX and PDF (A4 landscape) need --out, a file or a folder to write it in under its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week, as 2026-W49 (default: this week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on the parts of this area (inside the station&apos;s area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write (default text, or json with --json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, or a folder to write it in under its own name (for example 水唇镇-每周调度表-2026-W49.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text, json, csv, xlsx or pdf, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out is required for --format %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dispatch report for %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area without updates this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) without any update this week: %1.</source>
        <translation>
            <numerusform>%n area without any update this week: %1.</numerusform>
            <numerusform>%n areas without any update this week: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchReport</name>
    <message>
        <source>Say which week the report is for, as 2026-W49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week %1 has not begun yet (it starts on %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not inside this station&apos;s area, %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispatchTable</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left-behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zero updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly dispatch report: %1, %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children in activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: children whose file, household, persons, visits, referrals or agreements were changed in the week, by the clock of the change (any station). Missing and wrong information, survey and agreements: as on %1. Ranked by the share updated, then fewer records with missing or wrong information, survey progress and agreement coverage. Activities: group activities and talks dated in the week, and the children who took part in them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; (%2) does not fit on one page; shorten the notes or the costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or the file cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>%1 has no care agreement yet; draw one up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no unsigned agreements in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a village code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentTemplate</name>
    <message>
        <source>The document template %1 is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentText</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesCommand</name>
    <message>
        <source>List files that may describe one child: the same ID number, or the same name and birth date in a village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each pair names the file to keep (the older one) first; merge with merge-children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates: every child has one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ID number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s).</source>
        <translation>
            <numerusform>%n possible duplicate.</numerusform>
            <numerusform>%n possible duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Open the file to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to keep (older)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and birth date, one without an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates: every child has one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of files may describe one child. Open both files to compare them; a merge keeps the older file, moves everything recorded about the child into it and puts differing values on the conflicts list.</source>
        <translation>
            <numerusform>%n pair of files may describe one child. Open both files to compare them; a merge keeps the older file, moves everything recorded about the child into it and puts differing values on the conflicts list.</numerusform>
            <numerusform>%n pairs of files may describe one child. Open both files to compare them; a merge keeps the older file, moves everything recorded about the child into it and puts differing values on the conflicts list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge two files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the file of %1 made on %2 into the older file of %3 made on %4? Its visits, referrals, agreements and attachments move to the kept file, and it leaves the register as entered in error. A merge cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file of %1 was merged: %n record(s) moved.</source>
        <translation>
            <numerusform>The file of %1 was merged: %n record moved.</numerusform>
            <numerusform>The file of %1 was merged: %n records moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differing value(s) wait on the conflicts list.</source>
        <translation>
            <numerusform>%n differing value wait on the conflicts list.</numerusform>
            <numerusform>%n differing values wait on the conflicts list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditChildCommand</name>
    <message>
        <source>Change a child&apos;s file: the fields in the JSON file replace the stored ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed in the file %1.</source>
        <translation>
            <numerusform>%n field changed in the file %1.</numerusform>
            <numerusform>%n fields changed in the file %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Choose the card file (.shid) the other station sent you.
2. Call its operator and ask them to read out their fingerprint.
3. Type it below: the station is enrolled only if it matches the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint read out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the station&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;Station id: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station cards (*.shid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitChildCommand</name>
    <message>
        <source>A child leaves the register (the file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the child leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the child left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the register on %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExitChildDialog</name>
    <message>
        <source>Exit child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leaves the register. The file is kept and can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Everything in this station&apos;s area, not only what is new for that station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package carries your changes to one enrolled station, sealed so that only that station can open it. Carry the file on a USB stick or send it by a messaging app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a station that is new or lost its data. Otherwise only what it has not confirmed yet is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No station is enrolled here yet: enrol the station you send to in Sync → Stations first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu packages (*.shpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file in a folder that exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportNationalCommand</name>
    <message>
        <source>Write every child in the layout of the national registration form (CSV or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers and coded answers are in Chinese, as in the national system. CSV is UTF-8 with a byte order mark, so that Excel opens it. docs/roster.md lists the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) written to %1.</source>
        <translation>
            <numerusform>%n child(ren) written to %1.</numerusform>
            <numerusform>%n child(ren) written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Household address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household in economic difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hukou address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boarding at school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse or abandonment suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work place (area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Able to give care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father&apos;s work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother&apos;s work place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s relation to the child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver able to give care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of abuse or violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug, alcohol or gambling habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long neglect of the duty of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village committee witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents informed the school and the village committee in writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the written notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done about each hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services arranged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly eligible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey items clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the education department on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents or guardian notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in school on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded into the referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actually lives with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actually lives in (place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since (lost contact, in prison, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual assault or other infringement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonment or trafficking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise unsuitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver&apos;s birth date (without an ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document showing the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guardian or caregiver took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian or caregiver who came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records updated on (the day, or the Monday of the week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn from the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong (for the village)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2015-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date (write it as 2015-06-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the 6-digit code of a county of the official list (or of a city without counties, such as 东莞市 441900).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FingerprintCard</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;Station id: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no keys yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this fingerprint to the other station&apos;s operator on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shouhu station fingerprint&lt;/h2&gt;&lt;p style=&apos;font-size:14pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;Station id: %4&lt;/p&gt;&lt;p style=&apos;font-size:14pt&apos;&gt;Fingerprint:&lt;/p&gt;&lt;p style=&apos;font-size:36pt; font-family:monospace&apos;&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;font-size:12pt&apos;&gt;The operator of the other station types this fingerprint when enrolling this station&apos;s card. If what they see differs, the card is not this station&apos;s: do not enrol it.&lt;/p&gt;&lt;p style=&apos;font-size:12pt&apos;&gt;Printed on %6.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HazardEditor</name>
    <message>
        <source>What was done about it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The history of a child&apos;s file: every change to it and to what is recorded about the child, with the files merged into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>No ID number was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 digits for an old number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number consists of digits only, except for an X as its last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number does not start with the code of a province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character does not match: there is a typing mistake somewhere in the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageReducer</name>
    <message>
        <source>The PDF file is larger than %1 KB; scan it again at a lower resolution or attach a photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only JPEG, PNG or PDF files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be made small enough to attach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>This package was imported already on %1; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package %1 from %2: %3 added, %4 updated, %5 unchanged, %6 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the conflicts with &quot;shouhu-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later referral(s) folded into the earlier open referral of their kind.</source>
        <translation>
            <numerusform>%n later referral folded into the earlier open referral of their kind.</numerusform>
            <numerusform>%n later referrals folded into the earlier open referral of their kind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) marked replaced: a child has one current agreement.</source>
        <translation>
            <numerusform>%n care agreement marked replaced: a child has one current agreement.</numerusform>
            <numerusform>%n care agreements marked replaced: a child has one current agreement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) wait for review (&quot;shouhu-cli agreement review&quot;).</source>
        <translation>
            <numerusform>%n care agreement wait for review (&quot;shouhu-cli agreement review&quot;).</numerusform>
            <numerusform>%n care agreements wait for review (&quot;shouhu-cli agreement review&quot;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates (one child, two files):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them with &quot;shouhu-cli merge-children KEEP OTHER&quot; after checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and merge sync packages from enrolled stations (several files, or every package in a folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each package is imported in its own transaction: a refused one changes nothing and is named, the others are imported. Exit 1 when any was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no package (.shpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 packages imported, %3 imported already, %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who sent a package to whom, when, and how much it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the report of an imported package, or list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package with the id %1 was imported here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package was imported here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Package from %1&lt;/b&gt;, made on %2, imported on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was imported already on %1; nothing was changed. The counts below are those of that import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children: %1 new, %2 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in all: %1 added, %2 updated, %3 unchanged, %4 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies) added.</source>
        <translation>
            <numerusform>%n history entry(ies) added.</numerusform>
            <numerusform>%n history entry(ies) added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station revocation(s) received.</source>
        <translation>
            <numerusform>%n station revocation received.</numerusform>
            <numerusform>%n station revocations received.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values were changed at both stations at the same time. Both are kept: choose which one is right in the conflicts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more to do: the case list now includes these changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n later referral(s) of a kind folded into the earlier open one: a child has one open referral of each kind.</source>
        <translation>
            <numerusform>%n later referral of a kind folded into the earlier open one: a child has one open referral of each kind.</numerusform>
            <numerusform>%n later referrals of a kind folded into the earlier open one: a child has one open referral of each kind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) marked replaced: a child has one current agreement.</source>
        <translation>
            <numerusform>%n care agreement marked replaced: a child has one current agreement.</numerusform>
            <numerusform>%n care agreements marked replaced: a child has one current agreement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n care agreement(s) drawn up at another station wait for your review.</source>
        <translation>
            <numerusform>%n care agreement drawn up at another station wait for your review.</numerusform>
            <numerusform>%n care agreements drawn up at another station wait for your review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s): two files may describe one child (%1). Compare them and merge them in the list of possible duplicates.</source>
        <translation>
            <numerusform>%n possible duplicate: two files may describe one child (%1). Compare them and merge them in the list of possible duplicates.</numerusform>
            <numerusform>%n possible duplicates: two files may describe one child (%1). Compare them and merge them in the list of possible duplicates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; imported on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A station not enrolled here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRosterCommand</name>
    <message>
        <source>Import a roster (花名册) or a national-system export from CSV (UTF-8 or GBK) or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked first as if it were typed; then the import is one transaction. Rows match children by ID number; new children enter as suspected until surveyed. A bad row refuses the whole import (exit 1) unless --skip-bad is given. The mapping used is remembered for files with the same headers. docs/roster.md describes the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and report every row; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the good rows and leave the bad ones out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are bad: the import would be refused unless they are skipped (--skip-bad).</source>
        <translation>
            <numerusform>%n row are bad: the import would be refused unless they are skipped (--skip-bad).</numerusform>
            <numerusform>%n rows are bad: the import would be refused unless they are skipped (--skip-bad).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 bad (of %5 rows; headers in row %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 children added, %2 updated, %3 bad rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Set up this station (a new database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must be in the official list at the level of the role: a 12-digit village code for a village, 9 digits for a township, 6 for a county, 4 for a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>village, township, county or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works at this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station &quot;%1&quot; (%2, %3) is set up in %4; its id is %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsoWeek</name>
    <message>
        <source>&quot;%1&quot; is not a week: write the year and the ISO week number, as 2026-W49.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a week: %2 has the weeks %2-W01 to %2-W%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemValidator</name>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person of a child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has a value of a kind that is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: yes/no is written as the number 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an empty text is written as null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not in its stored form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant of an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spot check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The sealed key is damaged and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed key was made by a newer version of Shouhu; please update Shouhu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters long.</source>
        <translation>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
            <numerusform>The passphrase must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPolicy</name>
    <message>
        <source>The idle time before the program locks must be between 0 (never) and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu was locked to protect the children&apos;s records. Type this station&apos;s passphrase to go on: nothing you typed before is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases: try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases: try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Shouhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be saved: see the open forms.</source>
        <translation>
            <numerusform>%n file could not be saved: see the open forms.</numerusform>
            <numerusform>%n files could not be saved: see the open forms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Shouhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the categories up to date for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) turned 16 and left the register as over-age: %1.</source>
        <translation>
            <numerusform>%n child(ren) turned 16 and left the register as over-age: %1.</numerusform>
            <numerusform>%n child(ren) turned 16 and left the register as over-age: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have unsaved work from %1 (%2): restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved work could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active: %2 left-behind, %3 suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) listed</source>
        <translation>
            <numerusform>%n child(ren) listed</numerusform>
            <numerusform>%n child(ren) listed</numerusform>
        </translation>
    </message>
    <message>
        <source>About Shouhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shouhu %1&lt;/h3&gt;&lt;p&gt;The register of rural left-behind children for child directors, township supervisors and civil-affairs offices: one file per child, kept up to date offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print unsigned agreements of a village…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement &amp;coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print unsigned agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (fictitious)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: these children are fictitious, made up for practice and training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts by area could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the export or import under way is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Shouhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu can lock only after a passphrase is set for the station (Sync menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with the &amp;national system…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vities and talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeChildrenCommand</name>
    <message>
        <source>Merge two files of the same child into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every visit, referral, agreement and attachment of the other file moves to the kept one, empty fields are filled from it and differing values go to the conflicts list; the other file leaves the register as entered in error. The file kept is the older one, whatever the order given, so that the same merge at two stations agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is the older one and is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was merged into %2: %3 records moved, %4 fields filled, %5 differences on the conflicts list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the differences with &quot;shouhu-cli conflicts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalForm</name>
    <message>
        <source>The format &quot;%1&quot; is not known: choose csv or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageHeader</name>
    <message>
        <source>The package&apos;s signature is not valid: the file was damaged or altered after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is incomplete (truncated): copy it again from the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Shouhu package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has format version %1, which this program cannot read; update Shouhu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by an older version of Shouhu (format %1), which this program no longer reads; update Shouhu at the sender and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>The package&apos;s contents are damaged: they do not follow the package format. Ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: the %1 %2 is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write has no valid clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: its header does not say how many items it holds (%1: %2 announced, %3 found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it holds an item larger than any record (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this kind of record (%1) is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has keys the format does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is not a record id (a lowercase UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who made or changed it, and when, is not written as the format says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its values and clocks do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown or has no clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is not the id of its place in the child&apos;s file (a package from an older version of Shouhu: update Shouhu at the sender and export again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field &quot;%1&quot; has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its identity is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry for the creation of a record has values it cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its resolution is not written as the format says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a receipt for this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it holds changes that %1 made while its computer&apos;s date was wrong (dated %2, more than a day after this computer&apos;s date, %3). At %1: correct the date if needed, repair the clock (the button on the warning in the main window, or shouhu-cli clock repair), then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is not the id of this child&apos;s part in this activity.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package comes from the station %1, whose key was revoked on %2; it is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is addressed to another station (%1), not to this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this station&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 minutes behind the changes it has seen; check the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file changed while it was being imported; nothing was changed. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it claims to hold the records of %1, but the sender may send this station only those of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package from %1 was refused: the date on its computer is wrong (the package was made on %2, more than a day after this computer&apos;s date, %3). At %1: set the computer&apos;s date and time right, repair the clock when Shouhu offers it, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>The package comes from a station that is not enrolled here (%1, %2); enrol it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signature is not valid: the file was damaged or altered after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: its header says the sender is a %1 station of %2, but %3 was enrolled here as a %4 station of %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolled station has the id %1; enrol it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 was revoked; nothing can be sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 is neither above nor below this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 has a damaged encryption key; enrol it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase that protects this station&apos;s keys. It is needed to sign, send and open sync packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station needs its keys to send and receive packages. Choose a passphrase of at least %1 characters to protect them, and keep it safe: without it this station cannot send or open packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the current passphrase, then the new one twice (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same: type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect this station&apos;s keys with a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station gets its own keys to sign and open the packages it exchanges with other stations. Choose a passphrase of at least %1 characters and keep it safe: it is asked for when packages are sent or received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>The package&apos;s contents are damaged: they do not follow the package format. Ask the sender to export it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: its contents are larger than its header announces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <source>Compressing the package failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSlotMigration</name>
    <message>
        <source>The people of the children&apos;s files could not be given their new ids: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintCommands</name>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF file to write, or a folder to write it in under its own name (for example 南跃村-走访任务清单-2024-06-03.pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was printed: no agreement passed the caregiver check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --child is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a child&apos;s current care agreement to PDF (one A4 page); a draft becomes printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every unsigned agreement of a village (or larger area) into one PDF, one page each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements whose caregiver check fails are skipped and named on stderr. Drafts become printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village (or township, county).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned agreements only (drafts and printed ones; the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --village is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a child&apos;s file (一人一档) to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a visit form for the field: blank, or pre-filled for a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-fill for this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the written report to the education department for a dropout referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dropout referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --referral is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the month&apos;s visit worklist of a village: the children due or overdue, with blanks for the date visited and a signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default: this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month must be written YYYY-MM, for example 2024-06.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These agreements are left out because the caregiver check fails:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Save the documents as PDF and print the file where there is a printer, or set up a printer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityCheck</name>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number, which says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sex does not match the ID number, which says %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same ID number is on the file of %1 (%2): one child, one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned %1 on %2 and is still on the register: exit the child as over-age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category on record (%1) is not what the facts give today (%2): refresh the categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care agreement ended on %1: make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit since %1: a left-behind child is visited every month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never visited since the file was made on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caregiver is under 18 (born %1): a minor cannot be the entrusted caregiver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the entrusted guardian nor the caregiver is recorded: the person the child is entrusted to is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Compare a national-system export with the register: in both, only in the list, only here, and the fields that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children are matched by ID number. The result is written to --out (CSV or XLSX) and counted on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result&apos;s format (default: from the file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write the result to (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <source>Choose the national list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with the national system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export of the national system (CSV or XLSX): its children are compared with this register by ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>&quot;%1&quot; is not a field of this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit entry could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 could not be saved: it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts list could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from what is filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report to the education department…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-05-10 15:20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step&apos;s date is not a date: write it as 2024-05-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in what was done before adding a step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the outcome before closing the referral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralListModel</name>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralRepository</name>
    <message>
        <source>No referral with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is closed; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a referral with its outcome (referral close).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a step that can be recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;reported_at&quot; must be a date and time written as 2024-05-02 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at %1 to %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral is closed with its outcome; write what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report to the police cannot be closed before it records when, to whom and by whom it was reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date must lie between the opening date and today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a dropout referral has a report to the education department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was folded into the earlier referral of its kind (%1); continue there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This referral was folded into the earlier referral of its kind (%1); close that one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralUpdate</name>
    <message>
        <source>&quot;date&quot; must be a date written as 2024-05-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be set in a referral update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open referral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Replace the database&apos;s data with a backup copy (the current data are backed up first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused, with nothing changed, for a file that is not a Shouhu database, fails the integrity check, was made by a newer version of Shouhu, or belongs to another station (unless --force). A database that no longer opens (damaged) is kept beside as &quot;&lt;database&gt;.damaged-TIME&quot; and replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup of another station all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The damaged database was kept as %1 and replaced by %2 (%n child(ren)).</source>
        <translation>
            <numerusform>The damaged database was kept as %1 and replaced by %2 (%n child(ren)).</numerusform>
            <numerusform>The damaged database was kept as %1 and replaced by %2 (%n child(ren)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was restored from %2 (%n child(ren)).</source>
        <translation>
            <numerusform>The database %1 was restored from %2 (%n child(ren)).</numerusform>
            <numerusform>The database %1 was restored from %2 (%n child(ren)).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was restored from %2 (%n child(ren)); the data it held before are kept in the backup %3.</source>
        <translation>
            <numerusform>The database %1 was restored from %2 (%n child(ren)); the data it held before are kept in the backup %3.</numerusform>
            <numerusform>The database %1 was restored from %2 (%n child(ren)); the data it held before are kept in the backup %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 is encrypted: give the station&apos;s passphrase with --passphrase-file or the SHOUHU_PASSPHRASE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database %1 was made from %2 (%n child(ren)).</source>
        <translation>
            <numerusform>The database %1 was made from %2 (%n child(ren)).</numerusform>
            <numerusform>The database %1 was made from %2 (%n child(ren)).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made before every import and once a day, in the folder %1. Restoring one replaces the whole register with the state it holds; the current data are backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The register will be replaced by the backup made %1: every change made since then is taken out, and the children&apos;s files open now are closed. The current data (%n child(ren)) are first saved as a new backup, so that this restore can be undone from this list.</source>
        <translation>
            <numerusform>The register will be replaced by the backup made %1: every change made since then is taken out, and the children&apos;s files open now are closed. The current data (%n child(ren)) are first saved as a new backup, so that this restore can be undone from this list.</numerusform>
            <numerusform>The register will be replaced by the backup made %1: every change made since then is taken out, and the children&apos;s files open now are closed. The current data (%n child(ren)) are first saved as a new backup, so that this restore can be undone from this list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register was restored from the backup made %1 (%n child(ren)); the data it held before are kept in a new backup.</source>
        <translation>
            <numerusform>The register was restored from the backup made %1 (%n child(ren)); the data it held before are kept in a new backup.</numerusform>
            <numerusform>The register was restored from the backup made %1 (%n child(ren)); the data it held before are kept in a new backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>No risk found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskQuery</name>
    <message>
        <source>No child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskRules</name>
    <message>
        <source>%1 is overdue since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open (due %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship is graded poor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not visited for %1 days (last visit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never visited since registration on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship is graded fair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open referral, guardianship not graded poor or fair, visited on time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>The column mapping to use (JSON, docs/roster.md); without it the mapping remembered for these headers, else one guessed from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv or xlsx, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>new child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The village &quot;%1&quot; is not in this station&apos;s area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names %2 villages in this station&apos;s area: give the 12-digit village code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: &quot;%2&quot; is not one of the choices for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same child as row %1 (same name, birth date and village).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same child as row %1 (ID number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the roster cannot be imported (row %1: %2); nothing was imported: correct them, or skip the bad rows.</source>
        <translation>
            <numerusform>%n row of the roster cannot be imported (row %1: %2); nothing was imported: correct them, or skip the bad rows.</numerusform>
            <numerusform>%n rows of the roster cannot be imported (row %1: %2); nothing was imported: correct them, or skip the bad rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Skip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster (花名册) or a national-system export: CSV (UTF-8 or GBK) or XLSX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) below the header in row %2.</source>
        <translation>
            <numerusform>%1: %n row below the header in row %2.</numerusform>
            <numerusform>%1: %n rows below the header in row %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the bad rows in the file, or tick &quot;Skip bad rows&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 children added, %2 updated, %3 unchanged, %4 bad rows skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterMapping</name>
    <message>
        <source>Village (code or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has no column for &quot;%1&quot; (a header such as %2): add the column or choose it in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a column mapping of Shouhu (the &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping has a version this program does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping names more than 500 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping maps &quot;%1&quot; to &quot;%2&quot;, which is no field a roster fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping %1 is larger than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterReader</name>
    <message>
        <source>Row %1, column %2 holds more than %3 characters: this is not a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split the roster into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns: this is not a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but holds bytes that are not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but holds bytes that are not UTF-16 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a spreadsheet (XLSX) nor a text (CSV) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, and this program cannot read GBK text: save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GBK text: save it again as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not an XLSX workbook that can be read: save it again from the spreadsheet as &quot;Excel workbook (*.xlsx)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: save it again from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB: this is not a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: this is not a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterReconciler</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in both, the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in both, differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no column of ID numbers (a header such as 公民身份号码): children are matched by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation with the national list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in both and the same, %2 in both with differences, %3 only in the national list, %4 only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue %2, due %3, visited %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey visit (suspected child)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleSettings</name>
    <message>
        <source>&quot;%1&quot; is not a holiday period (write 07-01..08-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting first_visit_working_days must be a number of days from 1 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice asks for a visit every month (一月一访): the setting visit_interval_months can only be 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting over_age_years must be an age from 6 to 18.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <source>Monthly visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, due and visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child&apos;s file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print worklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due and overdue children of the selected village, with addresses and contacts, for a day in the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue %1 · due %2 · visited %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a child of the village whose worklist you want to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>The file is not a Shouhu database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Shouhu; please update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to version %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sealer</name>
    <message>
        <source>The encrypted data is damaged or was not meant for this station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Find children by any part of the name or of the ID number (no text: everyone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N children (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the first N children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children inside this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this category: not_left_behind, left_behind, suspected, over_age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children with this status (default active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category; use not_left_behind, left_behind, suspected or over_age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use active, exited or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No child matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStreamReader</name>
    <message>
        <source>The encrypted data ends too early: the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data has been damaged or altered, or it was not encrypted with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data is followed by unexpected extra bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStreamWriter</name>
    <message>
        <source>The encrypted data could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SenderScope</name>
    <message>
        <source>The package was refused: the %1 %2 is invalid: &quot;%3&quot; is not a village code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it holds records of %1, outside the area the sender may send to this station (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it changes the %1 %2 of %3 as if it belonged to %4; a record never changes its village by sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: the %1 %2 appears in it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it holds an item (%1) about a record that does not lie in %2 (the %3 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: the %1 %2 refers in &quot;%3&quot; to a record that is not one of %4 here or in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it holds the %1 %2, and a village station may not write it: spot checks are the findings of the township, county or city office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was refused: it holds an item (%1) about the %2 %3, and a village station may not write it: spot checks are the findings of the township, county or city office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCommand</name>
    <message>
        <source>A parent counts as away after N months (1 to 24; the notice says 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the work place must lie outside the child&apos;s county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cross-county takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent counts as away after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work place must lie outside the child&apos;s county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-age on the birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules changed: run &quot;shouhu-cli classify&quot; to bring the verdicts up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact, prison and detention count for 62号 after N months (0 to 60; 62号 says 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a seriously ill child counts as a child in difficulty (local rules; default no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ill-child-difficulty takes yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>62号: lost contact, prison, detention count after (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seriously ill child counts as in difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the station&apos;s settings: the rules of the classifier and the lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program locks after N minutes without use and asks for the passphrase (0 = never; default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after (minutes without use; 0 = never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey&apos;s deadline: the dashboard counts the days left to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey&apos;s deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records a spot check draws (1 to 500; default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records drawn for a spot check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The work place must lie outside the child&apos;s county (跨县域)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seriously ill child counts as a child in difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this long without use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When locked, the windows are covered and the station&apos;s passphrase opens them again; nothing typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no passphrase yet, so it cannot lock: set one with Sync → Change passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local rules of the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parent counts as away after (the notice says 3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact, prison or detention count after (62号 says 6):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a change of these rules every child&apos;s category is worked out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey must be finished by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spot check draws (offices):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowChildCommand</name>
    <message>
        <source>Show a child&apos;s whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiblingUpdate</name>
    <message>
        <source>%1 is also the parent of %2 on the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the same change into their files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siblings&apos; files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Signer</name>
    <message>
        <source>The signing key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to be signed could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckCommands</name>
    <message>
        <source>The records updated in the ISO week of the day, not on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this area (default: the station&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) to check.</source>
        <translation>
            <numerusform>%n record to check.</numerusform>
            <numerusform>%n records to check.</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw a random sample of the children whose records were updated on a day (or in its week) for a spot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many (default: the setting, 10 unless changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep --size as the station&apos;s sample size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed random seed (the same sample again, for tests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remember needs --size N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spot checks drawn for a day (or a week), by village, with their results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a spot check verified, or a problem with a note for the village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong (goes back to the village).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who checked (default: the station&apos;s operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say --verified or --problem NOTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of a day&apos;s (or a week&apos;s) spot checks per village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotCheckRepository</name>
    <message>
        <source>A spot check draws between 1 and %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not inside this station&apos;s area, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks are drawn by the township, county or city office, which checks the villages&apos; work; a village station does not draw them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks are drawn from records already updated: choose today or an earlier day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record of %1 was updated then: there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record updated then has been drawn already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spot check is marked verified or a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is wrong: the note goes back to the village with the next package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spot check with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks are marked by the office that drew them; at a village station they can only be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpotChecksDialog</name>
    <message>
        <source>&amp;Draw a sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records updated on the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records updated in the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a child to open the file and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per village:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The township office draws and marks the spot checks; here you see what it found in this village&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records were drawn for checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong (the note goes back to the village):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationCard</name>
    <message>
        <source>The file is not a Shouhu station card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station card has a version this program does not know; update Shouhu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station card is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station card&apos;s signature is not valid: the card was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationIdentity</name>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has its keys already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station has no keys yet; create them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station&apos;s keys are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationName</name>
    <message>
        <source>an unknown station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this station (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another station</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>A parent counts as away after 1 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact, prison and detention count after 0 to %1 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The idle time before the program locks must be between 0 (never) and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The survey&apos;s deadline must be a date between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spot check draws between %1 and %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationSetup</name>
    <message>
        <source>The role must be village, township, county or city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already belongs to the station &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a village (12-digit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a township or street office (9-digit code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a county (6-digit code, such as 431126) or a city without counties (such as 东莞市 4419)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a city (4-digit code, such as 4311)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area %1 (%2) does not fit a station of the role &quot;%3&quot;, which needs %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationWizard</name>
    <message>
        <source>Set up this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which station is this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the level you work at, then find your area by its name or its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a place name or area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station and operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station name appears on documents and in packages sent to other stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 matches &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n places match: choose yours in the list, or type more words (the township, the county).</source>
        <translation>
            <numerusform>%n places match: choose yours in the list, or type more words (the township, the county).</numerusform>
            <numerusform>%n places match: choose yours in the list, or type more words (the township, the county).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <source>Export my card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print fingerprint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To exchange packages, two stations enrol each other: send your card to the other station, then read your fingerprint to its operator on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are made. Export your card and send it to the other station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station cards (*.shid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card is saved in %1. Send this file to the other station, then call its operator and read out your fingerprint: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled. If it has not enrolled this station yet, send it your card and read it your fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages from %1 will be refused from now on and nothing more can be sent to it. Do this when its laptop was lost or its key is no longer trusted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is revoked. The revocation reaches the other stations with your next packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Count the children by category, status and village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only children inside this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an area code of the official list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children on the register: %1 (active %2, exited %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Make this station&apos;s signing and encryption keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys are made. Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase that protects the station&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the new passphrase from this file (default: SHOUHU_NEW_PASSPHRASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this station&apos;s identity card for the station above or below to enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the keys first when the station has none. Read the fingerprint to the other station&apos;s operator on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --out is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card of station %1 is in %2. Its fingerprint is %3: read it to the other station&apos;s operator, who types it when enrolling this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this station&apos;s id, role, area and fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;shouhu-cli clock repair&quot; once the computer&apos;s date is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol another station from its card, after checking its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint the other station&apos;s operator read out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --fingerprint is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station &quot;%1&quot; (%2) is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the enrolled stations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke an enrolled station&apos;s key: its packages are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 is revoked; the revocation travels in the next packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a sync package for an enrolled station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolled station it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in scope, not only what it has not acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options --to and --out are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 holds %2 records for %3. Carry this file to %3 and import it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the values that lost to a concurrent change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the resolved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide a conflict: keep the current value, the other one, or a new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --keep mine, --keep theirs or --value V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict is resolved; the choice reaches the other stations with the next packages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the export or import under way is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package is saved as %1 (%n record(s)). Carry this file to %2 and import it there.</source>
        <translation>
            <numerusform>The package is saved as %1 (%n record). Carry this file to %2 and import it there.</numerusform>
            <numerusform>The package is saved as %1 (%n records). Carry this file to %2 and import it there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in this station&apos;s register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was imported already; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package from %1 brought %n conflict(s): values changed at both stations. Choose which values are right.</source>
        <translation>
            <numerusform>The package from %1 brought %n conflict: values changed at both stations. Choose which values are right.</numerusform>
            <numerusform>The package from %1 brought %n conflicts: values changed at both stations. Choose which values are right.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu packages (*.shpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every package in a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every package in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no package (.shpkg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, nothing changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2): imported already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2): %3 added, %4 updated, %5 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n package(s)…</source>
        <translation>
            <numerusform>Importing %n package…</numerusform>
            <numerusform>Importing %n packages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the export or import under way has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder can be made for the spreadsheet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (not enough memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet cannot be started (the sheet name is not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Corrected: replaced by a later correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of an earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit, referral or activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerRules</name>
    <message>
        <source>The child lives alone without guardianship: report to the police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child under 16 lives alone (Minors Protection Law Art. 21): report to the police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child under 8 was left unattended (Minors Protection Law Art. 21): report to the police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: report to the police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household is in economic difficulty and may be eligible for %1: refer it to the safety net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child is out of school during compulsory schooling: report in writing to the education department and notify the parents or guardian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child who needs special care (an intellectual or mental disability) was left unattended (Minors Protection Law Art. 21): report to the police at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>A %1 station cannot enrol the %2 station of %3: a village enrols only its own township, a township its villages and the county or city above, a county or city the stations inside it and the one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is this station&apos;s own card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint does not match the card: do not enrol this station, and ask its operator to read the fingerprint out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 was revoked; a revoked station cannot be enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 is enrolled already with other keys; revoke it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station could not be enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrolled station has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station %1 is revoked already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictPanel</name>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factually unsupported child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child in difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-age on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factually unsupported child: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orphan: refer for orphan support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>&quot;file_changes&quot; must be an object: a part of the child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message numerus="yes">
        <source>%n field(s) of the child&apos;s file were updated from the visit.</source>
        <translation>
            <numerusform>%n field of the child&apos;s file were updated from the visit.</numerusform>
            <numerusform>%n fields of the child&apos;s file were updated from the visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The visit was saved with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1 %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already open: a step was added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit to a child (docs/visit-json.md); prints its id and the referrals it opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which child was visited with --child UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a saved visit: the file is saved as a new visit that supersedes it; both stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the visit is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child&apos;s visits, newest first, corrected ones included, and the survey status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose visits to list with --child UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corrects %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: complete (all six items clear).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: not complete; not yet clear: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: not surveyed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s visits: due, overdue and visited children (left-behind category).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month (default this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this village (or township, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the children of this visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due and overdue children of --village with addresses and contacts, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month: &quot;%1&quot; is not a month (write it as 2024-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A worklist is for one village: give --village CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule for %1: %2 due, %3 overdue, %4 visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey visit (suspected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --village CODE to list the children, or use --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List referrals: open ones by due date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open and in-progress referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only referrals past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this child&apos;s referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only inside this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police_report, safety_net or dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A referral with every step of its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to a referral and set what it records (docs/visit-json.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step recorded: %1; the referral is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a referral with its outcome (a police report needs when, to whom and by whom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by (default the operator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the outcome with --outcome TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk levels with their reasons: one child, or all at or above a level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lowest level listed: low, medium (default) or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level takes low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitController</name>
    <message>
        <source>&amp;Monthly visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unsaved visit from %1 (%2): restore it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsaved visit could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Survey: the six items (六清) found clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What saving will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 by %2: a saved visit is never changed; use Correct… to record a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit corrects an earlier one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was corrected later; the correction is the one that counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved visits open their referrals when they are saved; see the child&apos;s &quot;Visits and referrals&quot; tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already corrected; correct the latest version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction is saved as a new visit; the visit it corrects stays in the history, marked as corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of a visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready to save yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the child&apos;s file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open no referral: nothing found on this visit makes one mandatory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a step to the open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step to the open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it to the police at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a mandatory report to the police, at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) of the child&apos;s file were updated from the visit.</source>
        <translation>
            <numerusform>%n field of the child&apos;s file were updated from the visit.</numerusform>
            <numerusform>%n fields of the child&apos;s file were updated from the visit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit to %1 is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hazards in the living environment and what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact with the parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs and h&amp;elp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>No child with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which child was visited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: a value is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit date is before the child&apos;s birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six-item survey checklist belongs to survey visits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions about hazards must be an object: hazard -&gt; what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action is recorded for the hazard &quot;%1&quot;, which was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;file_changes&quot; must be an object: a part of the child&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit cannot change the child&apos;s id or village.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction must be about the same child as the visit it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was already corrected by the visit %1; correct that one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason for a correction belongs to a visit that corrects another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved visit cannot be changed; record a correction, which keeps both versions in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit&apos;s changes to the child&apos;s file were refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the visit to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and referrals are recorded once the child&apos;s file is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: complete, all six items clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: not complete; not yet clear: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey: not surveyed yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouyei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Li</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>She</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naxi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ewenki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in kindergarten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior middle school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in school (14-16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriously ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seriously disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In prison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compulsory drug rehabilitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other loss of liberty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent without guardianship capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted guardian&apos;s capacity insufficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work away from home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum living allowance (dibao)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support for the extremely poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-age (turned 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paternal grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paternal grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternal grandfather</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maternal grandmother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted guardian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly visit (child director)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party cadre home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident cadre visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident village cadre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living alone without guardianship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian unable to care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardian not doing the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected domestic violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accidental injury or harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Animals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judicial aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-net situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship, living and medical situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety-net referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found again on a visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents or guardian notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written report to the education department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child under 8 left unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child under 16 living alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household in economic difficulty, possibly eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of school during compulsory schooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded into an earlier referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later referral of the same kind was folded in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared missing by a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardianship revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deported (repatriated or expelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child needing special care left unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrusted guardian or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macao, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taiwan, China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Korea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongolia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angola</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethiopia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kenya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another country or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy talk in the village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family guardianship guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental-health session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session at the children&apos;s care home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer care class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>&quot;%1&quot; is not a date or range of dates (write 2024-10-01..2024-10-07).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>The file is not a complete XLSX (ZIP) file: it may be damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a ZIP64 archive, which a roster never needs: save it again from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is split over several ZIP archives; that is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than %1 parts: this is not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the file is encrypted: save the spreadsheet without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no part %1: it is not an XLSX workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the file unpacks to far more data than a roster holds (a &quot;zip bomb&quot;): it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the file is packed with a method other than deflate: save it again from the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Shouhu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of rural left-behind children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a new database, set up a demo village with fictitious children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pictures of the main window and a child&apos;s file, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync package (.shpkg) to import once the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The children&apos;s records on this laptop are encrypted. Type this station&apos;s passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouhu now keeps the children&apos;s records on this laptop encrypted. Type this station&apos;s passphrase to encrypt them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
