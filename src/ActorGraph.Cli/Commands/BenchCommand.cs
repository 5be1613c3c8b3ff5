using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Bench;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph bench queries|ingest|extract</c>: quick, repeatable speed and memory measurements.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure query latency, ingest and extraction throughput, and memory.");
        command.Subcommands.Add(Queries());
        return command;
    }

    private static Command Queries()
    {
        var store = new Option<string>("--store") { Description = "The SQLite store to load.", Required = true };
        var queries = new Option<int>("--queries") { Description = "Actor pairs to query; each runs every kind of query once.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the pairs and filters.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "Output: table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var pairsOut = new Option<FileInfo?>("--pairs-out") { Description = "Write the timed pairs here, one 'from<TAB>to' per line." };
        var command = new Command("queries", "Load a store into a snapshot and time shortest path, k shortest paths, 2-hop filtered neighbourhood and alignment queries.")
        {
            store, queries, seed, format, pairsOut,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(queries);
            if (count <= 0)
            {
                await Console.Error.WriteLineAsync("bench queries: --queries must be at least 1.").ConfigureAwait(false);
                return 2;
            }

            var path = parseResult.GetValue(store)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"bench queries: there is no store at {path}.").ConfigureAwait(false);
                return 2;
            }

            await using var graphStore = await SqliteGraphStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
            var (report, pairs) = await QueryBench.RunAsync(graphStore, count, parseResult.GetValue(seed), cancellationToken).ConfigureAwait(false);
            Console.Write(parseResult.GetValue(format) == "json" ? QueryBenchOutput.Json(report) + Environment.NewLine : QueryBenchOutput.Table(report));
            if (parseResult.GetValue(pairsOut) is { } file)
            {
                await File.WriteAllLinesAsync(file.FullName, pairs.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.From}\t{p.To}")), cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
