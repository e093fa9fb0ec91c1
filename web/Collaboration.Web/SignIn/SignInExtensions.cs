using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Collaboration.Web.SignIn;

/// <summary>Teams single sign-on for the pages' API (and, in Development only, a local sign-in without Entra).</summary>
internal static class SignInExtensions
{
    public const string Scheme = "ForumWeb";
    private const string BearerScheme = "ForumWebBearer";
    private const string LocalScheme = "ForumWebLocal";

    public static IHostApplicationBuilder AddWebSignIn(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section)
            .PostConfigure<IConfiguration>((options, configuration) =>
            {
                // The Teams app's SSO resource is the bot's Entra app, so by default its settings are the bot's.
                options.AppId ??= configuration["Bot:MicrosoftAppId"];
                options.TenantId ??= configuration["Bot:MicrosoftAppTenantId"];
                options.PublicBaseUrl ??= Uri.TryCreate(configuration["Bot:PublicBaseUrl"], UriKind.Absolute, out var url) ? url : null;
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidation>();

        var settings = builder.Configuration.GetSection(WebOptions.Section);
        var localAllowed = builder.Environment.IsDevelopment() && settings.GetValue<bool>(nameof(WebOptions.AllowLocalSignIn));
        var authentication = services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, policy => policy.ForwardDefaultSelector = context =>
                localAllowed && context.Request.Headers.ContainsKey(LocalSignInHandler.UserHeader) && !context.Request.Headers.ContainsKey("Authorization")
                    ? LocalScheme : BearerScheme)
            .AddJwtBearer(BearerScheme, _ => { });
        if (localAllowed)
        {
            authentication.AddScheme<AuthenticationSchemeOptions, LocalSignInHandler>(LocalScheme, _ => { });
        }

        services.AddOptions<JwtBearerOptions>(BearerScheme).Configure<IOptions<WebOptions>, ILoggerFactory>(ConfigureBearer);
        services.AddSingleton(new LocalSignIn(localAllowed));
        services.AddSingleton<IRequestGate, RequestGate>();
        return builder;
    }

    /// <summary>
    /// Signs in the pages' and the Office add-in's API requests only: the bot's /api/messages checks its own (Bot
    /// Framework) tokens. The add-in's Office SSO token is for the same Entra app, so the same validation takes it.
    /// </summary>
    public static WebApplication UseWebSignIn(this WebApplication app)
    {
        if (app.Services.GetRequiredService<LocalSignIn>().Allowed)
        {
            SignInLog.LocalSignInOn(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInExtensions)));
        }

        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api/forum", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/api/addin", StringComparison.OrdinalIgnoreCase), branch => branch.UseAuthentication());
        return app;
    }

    private static void ConfigureBearer(JwtBearerOptions options, IOptions<WebOptions> web, ILoggerFactory loggers)
    {
        var settings = web.Value;
        var tokens = new EntraTokens(settings.AppId, settings.TenantAllowList());
        var logger = loggers.CreateLogger(typeof(SignInExtensions));
        options.MetadataAddress = settings.OpenIdConfiguration.ToString();
        options.RequireHttpsMetadata = !settings.OpenIdConfiguration.IsLoopback;
        // Claims keep Entra's names (oid, tid, name) rather than being mapped to long WS-Federation URIs.
        options.MapInboundClaims = false;
        // A forged token must not hold a request for long while the keys are fetched.
        options.BackchannelTimeout = TimeSpan.FromSeconds(15);
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            IssuerValidator = tokens.ValidateIssuer,
            ValidateAudience = true,
            AudienceValidator = (audiences, _, _) => tokens.AudienceMatches(audiences),
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            NameClaimType = WebClaims.Name,
        };
        options.Events = new JwtBearerEvents
        {
            // The exception's type says enough (expired, bad signature); its message could quote the token.
            OnAuthenticationFailed = context =>
            {
                var reason = context.Exception.GetType().Name;
                SignInLog.SignInFailed(logger, reason);
                // Refused, whatever went wrong (keys that cannot be fetched too): a 401, never a 500.
                context.Fail(context.Exception);
                return Task.CompletedTask;
            },
        };
    }
}

/// <summary>Whether this host takes the user from the local sign-in headers (Development with Web:AllowLocalSignIn only).</summary>
internal sealed record LocalSignIn(bool Allowed);
