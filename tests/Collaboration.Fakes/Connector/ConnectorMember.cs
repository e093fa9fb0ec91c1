using System.Text.Json.Nodes;

namespace Collaboration.Fakes.Connector;

/// <summary>A conversation member as Teams returns it (a TeamsChannelAccount on the wire).</summary>
public sealed record ConnectorMember(
    string Id,
    string Name,
    string? AadObjectId = null,
    string? Email = null,
    string? UserPrincipalName = null,
    string? GivenName = null,
    string? Surname = null,
    string? TenantId = null,
    string UserRole = "user")
{
    internal JsonObject ToJson()
    {
        var json = new JsonObject { ["id"] = Id, ["name"] = Name };
        Add(json, "aadObjectId", AadObjectId);
        Add(json, "email", Email);
        Add(json, "userPrincipalName", UserPrincipalName);
        Add(json, "givenName", GivenName);
        Add(json, "surname", Surname);
        Add(json, "tenantId", TenantId);
        json["userRole"] = UserRole;
        return json;
    }

    private static void Add(JsonObject json, string name, string? value)
    {
        if (value is not null)
        {
            json[name] = value;
        }
    }
}
