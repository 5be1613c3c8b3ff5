using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (or asks which): dotnet run -c Release --project bench/ActorGraph.Benchmarks -- --filter '*'
// A benchmark type names this assembly: `Program` alone is ambiguous once the CLI (an ASP.NET Core host) makes its own public.
BenchmarkSwitcher.FromAssembly(typeof(ActorGraph.Benchmarks.Storage.SqliteIngestBenchmark).Assembly).Run(args);
