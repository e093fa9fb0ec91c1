using Collaboration.Manifest;

return await ManifestCli.Build(Environment.GetEnvironmentVariable, Console.Out, Console.Error).Parse(args).InvokeAsync();
