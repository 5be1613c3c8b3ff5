using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Bench;
using ActorGraph.Cli.Ingest;
using ActorGraph.Extraction.Input;
using ActorGraph.Storage.Sqlite;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph bench queries|ingest|extract|syntax</c>: quick, repeatable speed and memory measurements.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure query latency, ingest and extraction throughput, and memory (use a Release build).");
        command.Subcommands.Add(Queries());
        command.Subcommands.Add(Ingest());
        command.Subcommands.Add(Extract());
        command.Subcommands.Add(SyntaxBenchCommand.Create());
        return command;
    }

    private static Command Queries()
    {
        var queries = new Option<int>("--queries") { Description = "Actor pairs to query; every kind of query runs once per pair.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the pairs and filters.", DefaultValueFactory = _ => 1 };
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var pairsOut = new Option<FileInfo?>("--pairs-out") { Description = "Write the timed pairs here, one 'from<TAB>to' line each." };
        var command = new Command("queries", "Load the store into a snapshot and time shortest path, 3 shortest paths, filtered 2-hop neighbourhood and alignment between seeded actor pairs.")
        {
            StoreLocation.StoreOption, queries, seed, format, pairsOut,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(queries);
            if (count < 1)
            {
                return StoreCommand.Fail("--queries must be at least 1");
            }

            return await StoreCommand.RunAsync(parseResult, createIfMissing: false, async store =>
            {
                var (report, pairs) = await QueryBench.RunAsync(store, count, parseResult.GetValue(seed), cancellationToken).ConfigureAwait(false);
                Console.Out.Write(parseResult.GetValue(format) == "json" ? QueryBenchOutput.Json(report) + Environment.NewLine : QueryBenchOutput.Table(report));
                if (parseResult.GetValue(pairsOut) is { } file)
                {
                    await File.WriteAllLinesAsync(
                        file.FullName, pairs.Select(p => $"{p.From}\t{p.To}"), cancellationToken).ConfigureAwait(false);
                }

                return 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Ingest()
    {
        var articles = new Option<int>("--articles") { Description = "Synthetic articles to write and ingest.", DefaultValueFactory = _ => 2000 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the articles.", DefaultValueFactory = _ => 1 };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles stored per transaction.", DefaultValueFactory = _ => 200 };
        var mode = new Option<string>("--mode")
        {
            Description = "sequential: exactly what 'actorgraph ingest' does (one thread); pipelined: extraction threads feeding one store writer.",
            DefaultValueFactory = _ => "sequential",
        };
        mode.AcceptOnlyFromAmong("sequential", "pipelined");
        var threads = new Option<int>("--extract-threads") { Description = "Extraction threads in pipelined mode.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var store = new Option<string?>("--store") { Description = "A new store to ingest into (default: a temporary file, deleted afterwards)." };
        var command = new Command("ingest", "Write synthetic JSON articles, then time reading, extracting and storing them end to end.")
        {
            articles, store, seed, batchSize, mode, threads,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var count = parseResult.GetValue(articles);
            var batch = parseResult.GetValue(batchSize);
            var extractThreads = parseResult.GetValue(threads);
            if (count < 1 || batch < 1 || extractThreads < 1)
            {
                return StoreCommand.Fail("--articles, --batch-size and --extract-threads must be at least 1");
            }

            var extractor = Extractors.Create(null);
            if (extractor is null)
            {
                return 2;
            }

            var scratch = Path.Combine(Path.GetTempPath(), "actorgraph-bench-" + Guid.NewGuid().ToString("N")[..12]);
            var storePath = parseResult.GetValue(store) is { } given ? Path.GetFullPath(given) : Path.Combine(scratch, "bench.db");
            if (File.Exists(storePath))
            {
                return StoreCommand.Fail($"the store {storePath} exists; give bench ingest a new file");
            }

            try
            {
                var folder = Path.Combine(scratch, "articles");
                var synthesizer = new ArticleSynthesizer(extractor.Knowledge.Gazetteer);
                await synthesizer.WriteJsonFilesAsync(folder, count, parseResult.GetValue(seed), cancellationToken).ConfigureAwait(false);
                var files = ArticleFileReader.ExpandPaths([folder]).Files;
                await using var graphStore = await SqliteGraphStore.OpenAsync(storePath, cancellationToken).ConfigureAwait(false);
                IngestBenchReport report;
                if (parseResult.GetValue(mode) == "pipelined")
                {
                    report = await IngestBench.RunAsync(files, extractor, graphStore, batch, extractThreads, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    var run = new IngestRun(new ArticleFileReader(new ArticleInputOptions()), extractor, graphStore, batch);
                    report = await IngestBench.MeasureAsync(files, async () =>
                    {
                        await run.RunAsync(files, SilentProgress.Instance, cancellationToken).ConfigureAwait(false);
                        return run.Totals.Failures.Count == 0
                            ? run.Totals.Stored
                            : throw new InvalidDataException($"ingest failed: {run.Totals.Failures[0]}");
                    }, extractThreads: 1, batch).ConfigureAwait(false);
                }

                var stats = await graphStore.GetStatsAsync(cancellationToken).ConfigureAwait(false);
                var c = CultureInfo.InvariantCulture;
                Console.Out.WriteLine(string.Create(c, $"ingest ({parseResult.GetValue(mode)}, batch {batch}{(parseResult.GetValue(mode) == "pipelined" ? $", {extractThreads} extraction threads" : "")}): {report.Files} files, {report.Bytes / 1e6:F2} MB"));
                Console.Out.WriteLine(string.Create(c, $"time:       {report.Seconds:F2} s"));
                Console.Out.WriteLine(string.Create(c, $"throughput: {report.ArticlesPerSecond:F0} articles/s, {report.MegabytesPerSecond:F2} MB/s"));
                Console.Out.WriteLine(string.Create(c, $"stored:     {stats.Articles} articles, {stats.Events} events, {stats.Actors} actors, {stats.Relations} relations"));
                Console.Out.WriteLine(string.Create(c, $"memory:     peak working set {MemoryReading.Mib(report.Memory.PeakWorkingSetBytes):F0} MiB"));
                return 0;
            }
            finally
            {
                if (Directory.Exists(scratch))
                {
                    Directory.Delete(scratch, recursive: true);
                }
            }
        });
        return command;
    }

    /// <summary>Reports nothing: progress output would be timed too.</summary>
    private sealed class SilentProgress : IIngestProgress
    {
        public static readonly SilentProgress Instance = new();

        public void FileDone(string path, int articles, int events)
        {
        }
    }

    private static Command Extract()
    {
        var megabytes = new Option<double>("--mb") { Description = "Megabytes of synthetic article text to extract.", DefaultValueFactory = _ => 5 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the articles.", DefaultValueFactory = _ => 1 };
        var command = new Command("extract", "Time event extraction on one thread over synthetic articles, in MB/s.") { megabytes, seed };
        command.SetAction(parseResult =>
        {
            var mb = parseResult.GetValue(megabytes);
            if (mb <= 0)
            {
                return StoreCommand.Fail("--mb must be positive");
            }

            var extractor = Extractors.Create(null);
            if (extractor is null)
            {
                return 2;
            }

            var report = ExtractBench.Run(extractor, new ArticleSynthesizer(extractor.Knowledge.Gazetteer), mb, parseResult.GetValue(seed));
            var c = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(c, $"extract (one thread, after {ExtractBench.WarmUp.TotalSeconds:F0} s of warm-up): {report.Articles} articles, {report.Bytes / 1e6:F2} MB of text, {report.Events} events"));
            Console.Out.WriteLine(string.Create(c, $"time:       {report.Seconds:F2} s"));
            Console.Out.WriteLine(string.Create(c, $"throughput: {report.MegabytesPerSecond:F2} MB/s, {report.ArticlesPerSecond:F0} articles/s"));
            return 0;
        });
        return command;
    }
}
