using Collaboration.Bot.Transparency;
using Collaboration.Forums.Privacy;

namespace Collaboration.Bot.Hosting;

/// <summary>Wires the data subject's rights (the use cases, the "Privacy" section, the requests behind the commands) and the "Transparency" section of the pages.</summary>
internal static class PrivacyRequestsExtensions
{
    public const string Section = "Privacy";

    public static IHostApplicationBuilder AddPrivacyRequests(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Privacy:AdministratorIds: data-protection staff who act on requests that arrived by letter.
        services.AddOptions<PrivacyOptions>().BindConfiguration(Section);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<PrivacyOptions>>().Value);
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<PrivacyRequests>();
        services.AddOptions<TransparencyOptions>().BindConfiguration(TransparencyOptions.Section);
        return builder;
    }
}
