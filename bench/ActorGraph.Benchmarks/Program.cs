using BenchmarkDotNet.Running;

// Runs the benchmarks named on the command line (or asks which): dotnet run -c Release --project bench/ActorGraph.Benchmarks -- --filter '*'
// Not typeof(Program): the CLI referenced here hosts ASP.NET Core, whose generator makes its top-level Program public.
BenchmarkSwitcher.FromAssembly(System.Reflection.Assembly.GetExecutingAssembly()).Run(args);
