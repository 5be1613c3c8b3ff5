using System.CommandLine;
using ActorGraph.Cli.Output;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph eval events GOLD.jsonl</c>: scores extraction against human-coded gold events.</summary>
internal static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold file: one JSON record a line with id, text and events (docs/evaluation.md)." };
        var format = OutputFormat.TableOrJson();
        var errors = new Option<int>("--errors") { Description = "Print the N worst misses and the N worst false events, with their sentences.", DefaultValueFactory = _ => 0 };
        errors.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--errors: must be 0 or more");
            }
        });
        var command = new Command("events", "Score extracted events against gold events: type, quad and pair precision/recall/F1, recall per type.")
        {
            gold, format, errors, CommonOptions.Gazetteer, CommonOptions.SyntaxModel,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(gold)!;
            IReadOnlyList<GoldSentence> records;
            try
            {
                records = await GoldReader.ReadAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is GoldFormatException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"error: {(e is GoldFormatException ? e.Message : $"{path}: {e.Message}")}").ConfigureAwait(false);
                return 2;
            }

            var extractor = Extractors.Create(parseResult.GetValue(CommonOptions.Gazetteer), parseResult.GetValue(CommonOptions.SyntaxModel));
            if (extractor is null)
            {
                return 2;
            }

            var report = EventEvaluator.Evaluate(extractor, records, cancellationToken);
            var n = parseResult.GetValue(errors);
            if (parseResult.IsJson(format))
            {
                Console.Out.WriteLine(EvaluationJson.Serialize(report, n));
            }
            else
            {
                EvaluationTable.Write(report, n);
            }

            return 0;
        });
        return command;
    }
}
