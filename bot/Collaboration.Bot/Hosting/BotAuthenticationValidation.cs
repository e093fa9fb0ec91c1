namespace Collaboration.Bot.Hosting;

/// <summary>
/// Authentication fails closed: a host without an app id does not start, except a Development run that asks for it
/// with Bot:AllowUnauthenticated; and an authenticated host must know which tenants may talk to it.
/// </summary>
internal sealed class BotAuthenticationValidation(IHostEnvironment environment) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var development = environment.IsDevelopment();
        if (options.AllowUnauthenticated && !development)
        {
            return ValidateOptionsResult.Fail(
                $"Bot:AllowUnauthenticated=true is honoured only in the Development environment, and this is '{environment.EnvironmentName}'. "
                + "Remove it and set Bot:MicrosoftAppId (with Bot:MicrosoftAppPassword and Bot:MicrosoftAppTenantId).");
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppId))
        {
            return options.AllowUnauthenticated
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    "Bot:MicrosoftAppId is empty, so nobody could check who sends activities. Set Bot:MicrosoftAppId (with "
                    + "Bot:MicrosoftAppPassword and Bot:MicrosoftAppTenantId), or, for a local run in Development only, set Bot:AllowUnauthenticated=true.");
        }

        return options.TenantAllowList().Count > 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                "Bot:MicrosoftAppTenantId and Bot:AllowedTenantIds are both empty: with authentication on, the bot must know which tenants "
                + "may talk to it. Set Bot:MicrosoftAppTenantId (the app's own tenant) or list the tenants in Bot:AllowedTenantIds.");
    }
}
