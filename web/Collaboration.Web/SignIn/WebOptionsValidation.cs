namespace Collaboration.Web.SignIn;

/// <summary>Local sign-in fails closed: outside Development the host does not start with it, like Bot:AllowUnauthenticated.</summary>
internal sealed class WebOptionsValidation(IHostEnvironment environment) : IValidateOptions<WebOptions>
{
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.AllowLocalSignIn && !environment.IsDevelopment())
        {
            return ValidateOptionsResult.Fail(
                $"Web:AllowLocalSignIn=true is honoured only in the Development environment, and this is '{environment.EnvironmentName}': "
                + "anyone could name any user in a header. Remove it; in Teams the pages sign in with Teams single sign-on.");
        }

        if (!options.OpenIdConfiguration.IsAbsoluteUri || (options.OpenIdConfiguration.Scheme != Uri.UriSchemeHttps && !options.OpenIdConfiguration.IsLoopback))
        {
            return ValidateOptionsResult.Fail("Web:OpenIdConfiguration must be an https address (or a loopback address for tests).");
        }

        return ValidateOptionsResult.Success;
    }
}
