using System.CommandLine;
using ActorGraph.Cli;
using ActorGraph.Cli.Commands;

var root = new RootCommand("ActorGraph: geopolitical actors and their relations, extracted from news and queried as a graph.");
root.Options.Add(StoreLocation.Neo4jOption);
// One line per command; each command lives in Commands/<Name>Command.cs.
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(PathCommand.Create());
root.Subcommands.Add(NeighboursCommand.Create());
root.Subcommands.Add(AlignCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(WorkerCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvalCommand.Create());

// No forced exit on Ctrl+C/SIGTERM: commands (the worker above all) stop through their cancellation token and
// finish or roll back the batch in hand.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }).ConfigureAwait(false);
