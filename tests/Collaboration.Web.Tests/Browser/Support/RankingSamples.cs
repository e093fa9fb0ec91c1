namespace Collaboration.Web.Tests.Browser.Support;

/// <summary>A ranking of services in the contract's shapes: its form (three places over four options) and its live result.</summary>
internal static class RankingSamples
{
    public static JsonObject Form()
    {
        var form = ContractSamples.Summary("i-rangfolge", "rangfolge", "Rangfolge der Leistungen", "ranking", "open", 2);
        form["question"] = "Welche Leistungen soll das Zentrum zuerst anbieten?";
        form["places"] = 3;
        form["choices"] = new JsonArray(
            new JsonObject { ["key"] = "beratung", ["label"] = "Digitalberatung" },
            new JsonObject { ["key"] = "schulung", ["label"] = "Schulungen" },
            new JsonObject { ["key"] = "plattform", ["label"] = "Gemeinsame Plattformen" },
            new JsonObject { ["key"] = "foerder", ["label"] = "Fördermittelberatung" });
        return form;
    }

    public static JsonObject Result() => new()
    {
        ["itemId"] = "i-rangfolge", ["key"] = "rangfolge", ["title"] = "Rangfolge der Leistungen", ["kind"] = "ranking", ["status"] = "open",
        ["anonymous"] = false, ["respondents"] = 12, ["withheldBelow"] = null, ["mean"] = null, ["matrix"] = null,
        ["bars"] = new JsonArray(
            new JsonObject { ["label"] = "Digitalberatung", ["value"] = 25, ["share"] = 25 / 36d },
            new JsonObject { ["label"] = "Schulungen", ["value"] = 21, ["share"] = 21 / 36d },
            new JsonObject { ["label"] = "Gemeinsame Plattformen", ["value"] = 15, ["share"] = 15 / 36d }),
    };
}
