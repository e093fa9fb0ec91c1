namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>Answers in the contract's shapes (web-contract.md) with the seed's German texts, one of each item kind.</summary>
internal static class ContractSamples
{
    public const string Conversation = "19:sample@thread.v2";

    public static JsonObject Me(bool moderator, bool inMeeting = true) => new()
    {
        ["user"] = new JsonObject { ["name"] = "Maria Moderatorin" },
        ["language"] = "de",
        ["conversation"] = new JsonObject { ["kind"] = "groupChat", ["inMeeting"] = inMeeting },
        ["series"] = new JsonObject { ["id"] = "s1", ["title"] = "Regionales Digitalisierungszentrum Salzlandkreis" },
        ["isModerator"] = moderator,
    };

    public static JsonObject Summary(string id, string key, string title, string kind, string status, int respondents = 0, bool anonymous = false) => new()
    {
        ["id"] = id, ["key"] = key, ["title"] = title, ["kind"] = kind, ["status"] = status, ["anonymous"] = anonymous, ["respondents"] = respondents,
    };

    public static JsonObject Console(bool inMeeting = true, string forumOneStatus = "open") => new()
    {
        ["series"] = new JsonObject { ["id"] = "s1", ["title"] = "Regionales Digitalisierungszentrum Salzlandkreis" },
        ["inMeeting"] = inMeeting,
        ["forums"] = new JsonArray(
            new JsonObject
            {
                ["number"] = 1, ["title"] = "Chancen, Bedarfe und Erwartungen", ["status"] = forumOneStatus,
                ["items"] = new JsonArray(
                    Summary("i-bedeutung", "bedeutung", "Bedeutung der Digitalisierung", "rating", "open", 7),
                    Summary("i-bedarfe", "bedarfe", "Kurzabfrage Bedarfe", "needs", "open", 4),
                    Summary("i-rolle", "rolle-zentrum", "Rolle des Zentrums", "singleChoice", "draft")),
            },
            new JsonObject
            {
                ["number"] = 2, ["title"] = "Leistungsspektrum, Rollen und Aufgaben", ["status"] = "planned",
                ["items"] = new JsonArray(Summary("i-leistungen", "leistungen", "Leistungen des Zentrums", "points", "draft")),
            }),
    };

    /// <summary>An item's standing needs; after the merge n2 stands no more and is a source of n1, as the server lists them.</summary>
    public static JsonObject Needs(bool merged = false)
    {
        var breitband = Need("n1", "Need", "Bedarf", "Breitband in allen Ortsteilen", merged ? 5 : 3,
            merged ? new JsonArray(new JsonObject { ["id"] = "n2", ["kind"] = "Wish", ["text"] = "Schnelles Internet überall" }) : []);
        var needs = merged
            ? new JsonArray(breitband, Need("n3", "Obstacle", "Hürde", "Fehlende Fachkräfte", 1, []))
            : new JsonArray(breitband, Need("n2", "Wish", "Wunsch", "Schnelles Internet überall", 2, []), Need("n3", "Obstacle", "Hürde", "Fehlende Fachkräfte", 1, []));
        return new JsonObject { ["needs"] = needs };
    }

    private static JsonObject Need(string id, string kind, string kindLabel, string text, int supporters, JsonArray sources) => new()
    {
        ["id"] = id, ["kind"] = kind, ["kindLabel"] = kindLabel, ["topic"] = "Smart Mobility im ländlichen Raum", ["text"] = text,
        ["supporters"] = supporters, ["mergedInto"] = null, ["sources"] = sources,
    };

    private static JsonObject Live(string id, string title, string kind, int respondents) => new()
    {
        ["itemId"] = id, ["key"] = id, ["title"] = title, ["kind"] = kind, ["status"] = "open", ["anonymous"] = false,
        ["respondents"] = respondents, ["withheldBelow"] = null, ["bars"] = new JsonArray(), ["mean"] = null, ["matrix"] = null,
    };

    private static JsonObject Bar(string label, double value, double share, string? kindLabel = null)
    {
        var bar = new JsonObject { ["label"] = label, ["value"] = value, ["share"] = share };
        if (kindLabel is not null)
        {
            bar["kindLabel"] = kindLabel;
        }

        return bar;
    }

    public static JsonObject ChoiceResult(int beratung = 3, int vernetzung = 1)
    {
        var total = beratung + vernetzung;
        var item = Live("i-rolle", "Rolle des Zentrums", "singleChoice", total);
        item["bars"] = new JsonArray(
            Bar("Beratungsstelle", beratung, (double)beratung / total),
            Bar("Netzwerk und Vernetzungsstelle", vernetzung, (double)vernetzung / total),
            Bar("Lotse für Fördermittel", 0, 0));
        return item;
    }

    public static JsonObject RatingResult()
    {
        var item = Live("i-bedeutung", "Bedeutung der Digitalisierung", "rating", 7);
        item["bars"] = new JsonArray(Bar("1 – unwichtig", 0, 0), Bar("2", 1, 1 / 7d), Bar("3", 1, 1 / 7d), Bar("4", 3, 3 / 7d), Bar("5 – sehr wichtig", 2, 2 / 7d));
        item["mean"] = 3.857;
        return item;
    }

    public static JsonObject PointsResult()
    {
        var item = Live("i-leistungen", "Leistungen des Zentrums", "points", 6);
        item["bars"] = new JsonArray(Bar("Fördermittelberatung", 24, 0.4), Bar("Gemeinsame IT-Beschaffung", 21, 0.35), Bar("Coworking-Spaces", 15, 0.25));
        return item;
    }

    public static JsonObject NeedsResult()
    {
        var item = Live("i-bedarfe", "Kurzabfrage Bedarfe", "needs", 5);
        item["bars"] = new JsonArray(Bar("Breitband in allen Ortsteilen", 5, 0.625, "Bedarf"), Bar("Fehlende Fachkräfte", 3, 0.375, "Hürde"));
        return item;
    }

    public static JsonObject MatrixResult()
    {
        var item = Live("i-modelle", "Betreibermodelle nach Kriterien", "matrixRating", 6);
        item["matrix"] = new JsonObject
        {
            ["measure"] = "mean",
            ["columns"] = new JsonArray("Steuerbarkeit", "Kosten", "Flexibilität"),
            ["rows"] = new JsonArray(
                new JsonObject { ["label"] = "Eigenbetrieb", ["cells"] = new JsonArray(4.2, 2.8, 2.1) },
                new JsonObject { ["label"] = "GmbH", ["cells"] = new JsonArray(3.1, 3.5, 4.6) },
                new JsonObject { ["label"] = "Zweckverband", ["cells"] = new JsonArray(3.9, null, 3.0) }),
        };
        return item;
    }

    public static JsonObject WithheldResult()
    {
        var item = Live("i-huerden", "Hürden der Digitalisierung", "multipleChoice", 2);
        item["withheldBelow"] = 5;
        return item;
    }

    public static JsonObject TextResult() => Live("i-text", "Chancen konkret", "openText", 4);

    public static JsonObject Results(params JsonObject[] items) => new()
    {
        ["forum"] = new JsonObject { ["number"] = 1, ["title"] = "Chancen, Bedarfe und Erwartungen" },
        ["items"] = new JsonArray([.. items]),
    };

    public static JsonObject AnswerView(JsonObject item, JsonNode? mine = null, bool onboarded = true) => new()
    {
        ["item"] = item,
        ["mine"] = mine,
        ["onboarded"] = onboarded,
        ["groups"] = KeyLabels(("kommune", "Kommune (Stadt/Gemeinde)"), ("unternehmen", "Unternehmen")),
        ["organisationAsked"] = true,
    };

    public static JsonObject SingleChoiceForm()
    {
        var form = Summary("i-rolle", "rolle-zentrum", "Rolle des Zentrums", "singleChoice", "open", 3);
        form["question"] = "Was sollte das Digitalisierungszentrum vor allem sein?";
        form["choices"] = KeyLabels(("beratung", "Beratungsstelle"), ("vernetzung", "Netzwerk und Vernetzungsstelle"), ("foerdermittel", "Lotse für Fördermittel"));
        return form;
    }

    public static JsonObject PointsForm()
    {
        var form = Summary("i-leistungen", "leistungen", "Leistungen des Zentrums", "points", "open");
        form["question"] = "Verteilen Sie 10 Punkte auf die Leistungen, die das Zentrum anbieten soll.";
        form["budget"] = 10;
        form["choices"] = KeyLabels(("foerdermittelberatung", "Fördermittelberatung"), ("it-beschaffung", "Gemeinsame IT-Beschaffung"), ("coworking", "Coworking-Spaces"));
        return form;
    }

    public static JsonObject MatrixForm()
    {
        var form = Summary("i-rollen", "rollen", "Rollen und Aufgaben", "matrix", "open");
        form["question"] = "Wer sollte welche Aufgabe übernehmen?";
        form["rows"] = KeyLabels(("beratung", "Beratung"), ("betrieb", "IT-Betrieb"));
        form["columns"] = KeyLabels(("landkreis", "Landkreis"), ("kommunen", "Kommunen"), ("zentrum", "Zentrum"));
        return form;
    }

    public static JsonObject NeedsForm()
    {
        var form = Summary("i-bedarfe", "bedarfe", "Kurzabfrage Bedarfe", "needs", "open");
        form["question"] = "Was braucht Ihre Organisation?";
        form["maxLength"] = 300;
        form["needKinds"] = KeyLabels(("need", "Bedarf"), ("wish", "Wunsch"), ("obstacle", "Hürde"));
        form["topics"] = KeyLabels(("smart-mobility", "Smart Mobility im ländlichen Raum"), ("arbeiten-4-0", "Arbeiten 4.0"));
        return form;
    }

    public static JsonObject RatingForm()
    {
        var form = Summary("i-bedeutung", "bedeutung", "Bedeutung der Digitalisierung", "rating", "open");
        form["question"] = "Wie wichtig ist die Digitalisierung für Ihre Organisation in den nächsten drei Jahren?";
        form["scale"] = new JsonObject { ["min"] = 1, ["max"] = 5, ["minLabel"] = "unwichtig", ["maxLabel"] = "sehr wichtig" };
        return form;
    }

    /// <summary>Options, groups, rows and columns as the web API sends them: a key and the label shown.</summary>
    private static JsonArray KeyLabels(params (string Key, string Label)[] entries) =>
        new([.. entries.Select(e => new JsonObject { ["key"] = e.Key, ["label"] = e.Label })]);
}
