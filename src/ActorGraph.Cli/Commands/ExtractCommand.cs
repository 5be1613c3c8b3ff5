using System.CommandLine;
using ActorGraph.Cli.Output;
using ActorGraph.Core.Events;
using ActorGraph.Extraction;
using ActorGraph.Extraction.Input;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph extract PATH...</c>: prints the events found in articles, as a table or as JSON lines.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (searched recursively): .txt .html .htm .json .jsonl.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "table (readable) or jsonl (one JSON event per line, nothing else on stdout).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("extract", "Extract actor relations from articles and print them.")
        {
            paths, format, CommonOptions.Published, CommonOptions.Gazetteer, CommonOptions.SyntaxModel, CommonOptions.MaxFileBytes,
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
            var failed = expansion.Errors.Count;
            foreach (var error in expansion.Errors)
            {
                await Console.Error.WriteLineAsync($"error: {TerminalText.Safe(error.ToString())}").ConfigureAwait(false);
            }

            var jsonl = parseResult.GetValue(format) == "jsonl";
            var table = new List<ActorEvent>();
            using var stdout = Console.OpenStandardOutput();
            await using var writer = new StreamWriter(stdout) { AutoFlush = false };
            foreach (var file in expansion.Files)
            {
                var result = await reader.ReadFileAsync(file, cancellationToken).ConfigureAwait(false);
                foreach (var error in result.Errors)
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"error: {TerminalText.Safe(error.ToString())}").ConfigureAwait(false);
                }

                foreach (var article in result.Articles)
                {
                    if (!extractor.TryExtract(article, out var events, out var problem))
                    {
                        failed++;
                        await Console.Error.WriteLineAsync($"error: {new InputError(file, null, $"article '{article.Id}': {problem}")}").ConfigureAwait(false);
                        continue;
                    }

                    foreach (var e in events)
                    {
                        if (jsonl)
                        {
                            await writer.WriteLineAsync(EventJson.Serialize(e)).ConfigureAwait(false);
                        }
                        else
                        {
                            table.Add(e);
                        }
                    }
                }
            }

            if (!jsonl)
            {
                EventTable.Write(table);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            return failed > 0 ? 1 : 0;
        });
        return command;
    }
}
