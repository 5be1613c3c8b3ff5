using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (or asks which): dotnet run -c Release --project bench/ActorGraph.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
