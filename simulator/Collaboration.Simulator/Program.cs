using Collaboration.Simulator.Cli;

return await SimulatorCommands.RunAsync(args, Console.Out, CancellationToken.None);
