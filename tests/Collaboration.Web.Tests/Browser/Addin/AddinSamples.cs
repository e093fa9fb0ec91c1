namespace Collaboration.Web.Tests.Browser.Addin;

/// <summary>The add-in API's answers in the shapes of addin-contract.md, with the seed's German titles.</summary>
internal static class AddinSamples
{
    public const string SeriesId = "6f9619ff-8b86-d011-b42d-00c04fc964ff";

    public static JsonObject Config(bool local) => new() { ["local"] = local, ["clientId"] = null, ["tenant"] = null };

    public static JsonObject Series() => new()
    {
        ["series"] = new JsonArray(new JsonObject
        {
            ["id"] = SeriesId,
            ["title"] = "Regionales Digitalisierungszentrum Salzlandkreis",
            ["forums"] = new JsonArray(
                new JsonObject
                {
                    ["number"] = 1, ["title"] = "Chancen, Bedarfe und Erwartungen", ["status"] = "closed",
                    ["items"] = new JsonArray(
                        ContractSamples.Summary("i-bedeutung", "bedeutung", "Bedeutung der Digitalisierung", "rating", "closed", 7),
                        ContractSamples.Summary("i-rolle", "rolle-zentrum", "Rolle des Zentrums", "singleChoice", "closed", 4)),
                },
                new JsonObject
                {
                    ["number"] = 2, ["title"] = "Leistungsspektrum, Rollen und Aufgaben", ["status"] = "open",
                    ["items"] = new JsonArray(ContractSamples.Summary("i-leistungen", "leistungen", "Leistungen des Zentrums", "points", "open", 6)),
                }),
        }),
    };

    /// <summary>An add-in API that answers config (local mode), the series and a preview of the given items.</summary>
    public static ContractApi Api(params JsonObject[] preview) => new ContractApi("/api/addin")
        .On("GET /config", Config(local: true))
        .On("GET /series", Series())
        .On("POST /preview", new JsonObject { ["items"] = new JsonArray([.. preview]) });
}
