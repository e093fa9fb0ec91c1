using Collaboration.Reports.Benchmarks;

// Usage: dotnet run -c Release --project reports/Collaboration.Reports.Benchmarks [-- --runs 5 --participants 60,10000 --open-answers 100000]
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await BenchmarkCommands.RunAsync(args, Console.Out, cancel.Token);
