namespace Collaboration.Seeding;

/// <summary>Phrases the way participants in a rural district write them, combined into open answers and needs.</summary>
internal static class GermanTexts
{
    private static readonly string[] Openings =
    [
        "Bei uns in der Verwaltung", "In unserem Betrieb", "An der Hochschule", "Im Ortschaftsrat", "Für unsere Mitgliedsgemeinden",
        "Aus Sicht der Bürgerinnen und Bürger", "In der Kreisverwaltung", "Im Verein",
    ];

    private static readonly string[] Observations =
    [
        "dauern Anträge auf Papier oft mehrere Wochen", "fehlt für die Digitalisierung schlicht das Personal",
        "ist das Mobilfunknetz zwischen den Ortsteilen lückenhaft", "arbeiten drei Ämter mit drei verschiedenen Fachverfahren",
        "pendeln viele Beschäftigte täglich über eine Stunde", "würden wir gern Daten teilen, wissen aber nicht wie",
        "fahren abends keine Busse mehr in die Dörfer", "gibt es kaum Fortbildungen zu IT-Sicherheit",
        "sind die Fördermittelanträge für kleine Gemeinden zu aufwendig", "könnten Coworking-Räume den Leerstand im Ortskern füllen",
    ];

    private static readonly string[] Wishes =
    [
        "Ein gemeinsamer Ansprechpartner im Landkreis würde viel helfen.", "Wir brauchen Standards, die alle Kommunen nutzen.",
        "Ein Rufbus-Pilot mit App wäre ein guter Anfang.", "Gemeinsame Beschaffung spart Geld und Nerven.",
        "Schulungen direkt vor Ort wären ideal.", "Wichtig ist, dass die Lösung auch für Ältere funktioniert.",
        "Wir bringen gern unsere Erfahrungen aus dem Pilotprojekt ein.", "Die Hochschule kann Studierende für Projekte stellen.",
    ];

    private static readonly string[] NeedTexts =
    [
        "Beratung bei der Umsetzung des Onlinezugangsgesetzes", "Gemeinsame Plattform für Bürgerdienste", "Schnelles Internet in allen Ortsteilen",
        "Rufbus oder On-Demand-Verkehr für die Dörfer", "Schulungen zu Datenschutz und IT-Sicherheit", "Coworking-Räume in den Grundzentren",
        "Hilfe bei Förderanträgen", "Offene Daten zu Verkehr und Infrastruktur", "Digitale Sitzungsdienste für Gemeinderäte",
        "Ansprechpartner für IT-Notfälle", "Austausch zwischen Unternehmen und Hochschule", "Einheitliche Schnittstellen zwischen den Fachverfahren",
        "Mobiles Arbeiten in der Verwaltung ermöglichen", "Gemeinsames Rechenzentrum statt eigener Serverräume", "Digitale Angebote für Seniorinnen und Senioren",
    ];

    public static string OpenAnswer(Random random) =>
        $"{Pick(random, Openings)} {Pick(random, Observations)}. {Pick(random, Wishes)}" + (random.NextDouble() < 0.4 ? " " + Pick(random, Wishes) : string.Empty);

    /// <summary>A need: most people name the same dozen things in their own words, so the base text repeats with a variation.</summary>
    public static string Need(Random random) =>
        Pick(random, NeedTexts) + (random.NextDouble() < 0.5 ? string.Empty : $" – {Pick(random, Openings)}");

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
