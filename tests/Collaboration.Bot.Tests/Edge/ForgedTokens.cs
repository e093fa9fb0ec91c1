using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Bot.Tests.Edge;

/// <summary>
/// Real JWTs as an attacker (or a broken client) would send them to /api/messages: each one wrong in one way. None is
/// signed by a key the Bot Framework publishes, because none can be: the bot must refuse every one of them.
/// </summary>
internal static class ForgedTokens
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public static string Unsigned() =>
        new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(BotFrameworkIssuer, EdgeHosts.AppId, Claims(), Now.AddMinutes(-5), Now.AddHours(1)));

    public static string WrongIssuer() => Signed("https://login.evil.example", EdgeHosts.AppId, Now.AddHours(1));

    public static string WrongAudience() => Signed(BotFrameworkIssuer, "00000000-0000-0000-0000-00000000beef", Now.AddHours(1));

    public static string Expired() => Signed(BotFrameworkIssuer, EdgeHosts.AppId, Now.AddHours(-1));

    /// <summary>Right issuer, audience and lifetime, signed with a key of its own: only the signature check can refuse it.</summary>
    public static string SelfSigned() => Signed(BotFrameworkIssuer, EdgeHosts.AppId, Now.AddHours(1));

    private static DateTime Now => DateTime.UtcNow;

    private static string Signed(string issuer, string audience, DateTime expires)
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = "forged-key" };
        var token = new JwtSecurityToken(issuer, audience, Claims(), expires.AddHours(-2), expires, new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private static Claim[] Claims() => [new("serviceurl", "https://smba.trafficmanager.net/emea/"), new("appid", EdgeHosts.AppId)];
}
