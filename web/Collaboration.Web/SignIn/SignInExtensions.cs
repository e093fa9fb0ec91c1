using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Collaboration.Web.SignIn;

/// <summary>Teams single sign-on for the pages' API (and, in Development only, a local sign-in without Entra).</summary>
internal static class SignInExtensions
{
    public static IHostApplicationBuilder AddWebSignIn(this IHostApplicationBuilder builder) => builder;

    public static WebApplication UseWebSignIn(this WebApplication app) => app;
}
