namespace Collaboration.Seeding;

/// <summary>
/// Phrases the way participants in a rural district write them, combined into open answers and needs: the one stock
/// for the seeded series and the simulator's participants.
/// </summary>
public static class GermanTexts
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

    // What the simulator's participants contribute and on what terms, for the two open questions that ask that.
    private static readonly string[] Contributions =
    [
        "Wir können Räume für Workshops und Schulungen zur Verfügung stellen.",
        "Unsere IT-Abteilung kann Erfahrungen mit der Einführung der E-Akte teilen.",
        "Wir bringen Studierende für Praxisprojekte und Abschlussarbeiten ein.",
        "Wir stellen anonymisierte Verkehrs- und Energiedaten bereit.",
        "Wir beteiligen uns mit einer halben Stelle an der Projektkoordination.",
        "Unser Netzwerk aus Handwerksbetrieben steht für Pilotprojekte bereit.",
        "Wir können ehrenamtliche Digitallotsinnen und -lotsen vermitteln.",
    ];

    private static readonly string[] Conditions =
    [
        "Wenn die Kosten fair nach Einwohnerzahl verteilt werden.",
        "Wenn wir in den Gremien ein echtes Mitspracherecht haben.",
        "Wenn die ersten Leistungen innerhalb eines Jahres spürbar ankommen.",
        "Wenn Datenschutz und Informationssicherheit von Anfang an geregelt sind.",
        "Wenn Fördermittel die Anlaufphase absichern.",
        "Wenn kleine Gemeinden nicht mehr zahlen müssen als sie nutzen.",
    ];

    // By the topics of the built-in series; the first entries of each are the ones many people name.
    private static readonly Dictionary<string, string[]> NeedsByTopic = new(StringComparer.Ordinal)
    {
        ["smart-mobility"] =
        [
            "Rufbus oder On-Demand-Verkehr für die Dörfer", "Echtzeitdaten für Busse und Bahnen im ganzen Landkreis",
            "Offene Daten zu Verkehr und Infrastruktur", "Gemeinsame Plattform für Mitfahrgelegenheiten",
            "Ladeinfrastruktur für E-Autos an Verwaltungsstandorten", "Digitale Parkraumsteuerung in den Innenstädten",
        ],
        ["arbeiten-4-0"] =
        [
            "Schulungen zu Datenschutz und IT-Sicherheit", "Coworking-Räume in den Grundzentren", "Mobiles Arbeiten in der Verwaltung ermöglichen",
            "Schulungen zu digitalen Fachverfahren für Verwaltungsbeschäftigte", "Austausch zwischen Unternehmen und Hochschule",
            "Qualifizierungsangebote für kleine und mittlere Unternehmen", "Gemeinsamer Pool an IT-Fachkräften",
        ],
        ["iuk-management"] =
        [
            "Gemeinsame Plattform für Bürgerdienste", "Beratung bei der Umsetzung des Onlinezugangsgesetzes", "Schnelles Internet in allen Ortsteilen",
            "Einheitliche Schnittstellen zwischen den Fachverfahren", "Ansprechpartner für IT-Notfälle", "Einheitliche E-Akte für Landkreis und Gemeinden",
            "Gemeinsames Rechenzentrum statt eigener Serverräume", "Digitale Sitzungsdienste für Gemeinderäte", "Offene Datenplattform für den Salzlandkreis",
        ],
        ["sonstiges"] =
        [
            "Hilfe bei Förderanträgen", "Digitale Angebote für Seniorinnen und Senioren", "Gemeinsame Beschaffung von Hard- und Software",
            "Digitale Vereinsverwaltung für das Ehrenamt",
        ],
    };

    public static string OpenAnswer(Random random) =>
        $"{Pick(random, Openings)} {Pick(random, Observations)}. {Pick(random, Wishes)}" + (random.NextDouble() < 0.4 ? " " + Pick(random, Wishes) : string.Empty);

    /// <summary>An answer to the open question <paramref name="itemKey"/>: what one brings or expects where the question asks that.</summary>
    public static string OpenAnswer(string itemKey, Random random) => itemKey switch
    {
        "beitrag" => Pick(random, Contributions),
        "bedingungen" => Pick(random, Conditions),
        _ => OpenAnswer(random),
    };

    /// <summary>
    /// A need on the topic (an unknown topic gets the general ones): most people name the same few things in their
    /// own words, so the first entries come up most often and half the texts carry a variation.
    /// </summary>
    public static string Need(string topicKey, Random random)
    {
        var stock = NeedsByTopic.TryGetValue(topicKey, out var found) ? found : NeedsByTopic["sonstiges"];
        // One draw for the text, one for the variation and one more for its wording: the series generator's draws, and
        // so its counts, do not depend on the stock's sizes.
        var roll = random.NextDouble();
        return stock[(int)(roll * roll * stock.Length)] + (random.NextDouble() < 0.5 ? string.Empty : $" – {Pick(random, Openings)}");
    }

    private static string Pick(Random random, string[] options) => options[random.Next(options.Length)];
}
