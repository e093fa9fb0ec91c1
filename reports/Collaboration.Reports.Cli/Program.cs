using Collaboration.Reports.Cli;

return await ReportCommands.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
