using System.CommandLine;
using ActorGraph.Cli.Ingest;
using ActorGraph.Core.Storage;
using ActorGraph.Extraction.Input;
using Spectre.Console;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph ingest PATH...</c>: extracts events from articles and stores them, then summarises what changed.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively): .txt .html .htm .json .jsonl.", Arity = ArgumentArity.OneOrMore };
        var batchSize = new Option<int>("--batch-size") { Description = "Articles stored per transaction.", DefaultValueFactory = _ => 200 };
        batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--batch-size must be at least 1");
            }
        });
        var command = new Command("ingest", "Extract actor relations from articles and store them in the graph.")
        {
            paths, StoreLocation.StoreOption, CommonOptions.Published, CommonOptions.Gazetteer, CommonOptions.SyntaxModel, CommonOptions.MaxFileBytes, batchSize,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var extractor = Extractors.Create(parseResult.GetValue(CommonOptions.Gazetteer), parseResult.GetValue(CommonOptions.SyntaxModel));
            if (extractor is null)
            {
                return 2;
            }

            if (CommonOptions.Reader(parseResult) is not { } reader)
            {
                return 2;
            }

            var expansion = ArticleFileReader.ExpandPaths(parseResult.GetValue(paths)!);
            return await StoreCommand.RunAsync(parseResult, createIfMissing: true, async store =>
            {
                var run = new IngestRun(reader, extractor, store, parseResult.GetValue(batchSize));
                foreach (var error in expansion.Errors)
                {
                    run.Totals.Fail(error);
                }

                StoreUnavailableException? storeFault = null;
                try
                {
                    await RunWithProgressAsync(run, expansion.Files, cancellationToken).ConfigureAwait(false);
                }
                catch (StoreUnavailableException e)
                {
                    // A store that cannot be written (full, read-only, locked) ends the run: the batch in hand was rolled
                    // back, the batches before it stay stored, and running the same ingest again skips what is stored.
                    storeFault = e;
                }

                WriteSummary(run.Totals, await TryStatsAsync(store, cancellationToken).ConfigureAwait(false));
                if (storeFault is not null)
                {
                    return StoreCommand.Fail(
                        $"{storeFault.Message} The articles before the failed batch are stored; run the same ingest again once the store can be written.",
                        StoreCommand.StoreFaultExit);
                }

                return run.Totals.Failures.Count > 0 ? 1 : 0;
            }, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Task RunWithProgressAsync(IngestRun run, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        if (Console.IsOutputRedirected)
        {
            return run.RunAsync(files, new PlainProgress(files.Count), cancellationToken);
        }

        return AnsiConsole.Progress().StartAsync(context =>
            run.RunAsync(files, new BarProgress(context.AddTask("ingesting", maxValue: Math.Max(1, files.Count))), cancellationToken));
    }

    private static async Task<GraphStats?> TryStatsAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException)
        {
            return null;
        }
    }

    private static void WriteSummary(IngestTotals totals, GraphStats? stats)
    {
        var stored = totals.Stored;
        Console.Out.WriteLine(
            $"articles: {stored.ArticlesNew} new, {stored.ArticlesSkipped} skipped, {stored.ArticlesReplaced} replaced, {totals.FailedInputs} failed");
        Console.Out.WriteLine(stats is null ? $"events:   {stored.EventsStored} stored" : $"events:   {stored.EventsStored} stored ({stats.Events} in store)");
        if (stats is not null)
        {
            Console.Out.WriteLine($"actors:   {stats.Actors} in store, {stats.Relations} relations");
        }
        foreach (var failure in totals.Failures)
        {
            Console.Error.WriteLine($"error: {TerminalText.Safe(failure.ToString())}");
        }
    }
}
