using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ActorGraph.Cli.Syntax;
using ActorGraph.Syntax;
using ActorGraph.Syntax.Conllu;
using ActorGraph.Syntax.Evaluation;
using ActorGraph.Syntax.Model;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph eval syntax --test DIR</c>: tag and attachment accuracy on gold word forms.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var command = new Command("eval", "Score a model on held-out annotated data.");
        command.Subcommands.Add(Syntax());
        command.Subcommands.Add(EvalEventsCommand.Create());
        return command;
    }

    private static Command Syntax()
    {
        var test = new Option<DirectoryInfo>("--test") { Description = "Folder of CoNLL-U files to score on.", Required = true };
        var model = SyntaxModelOption.Create();
        var format = new Option<string>("--format") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("syntax", "Parse gold-tokenized CoNLL-U sentences and print tokens, UPOS, XPOS, lemma accuracy, UAS and LAS (punctuation included).")
        {
            test, model, format,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var modelPath = SyntaxModelOption.PathOf(parseResult, model);
            SyntaxModel loaded;
            IReadOnlyList<ConlluSentence> sentences;
            try
            {
                loaded = SyntaxModel.Load(modelPath);
                sentences = ConlluReader.ReadFolder(parseResult.GetValue(test)!.FullName);
            }
            catch (Exception e) when (e is SyntaxModelException or IOException or InvalidDataException or UnauthorizedAccessException)
            {
                return Task.FromResult(StoreCommand.Fail(e.Message));
            }

            var scores = SyntaxEvaluator.Evaluate(loaded, sentences, cancellationToken);
            if (parseResult.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    model = modelPath,
                    sentences = scores.Sentences,
                    tokens = scores.Tokens,
                    upos = Math.Round(scores.Upos, 4),
                    xpos = Math.Round(scores.Xpos, 4),
                    lemma = Math.Round(scores.Lemma, 4),
                    uas = Math.Round(scores.Uas, 4),
                    las = Math.Round(scores.Las, 4),
                }));
            }
            else
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                    model      {modelPath}
                    sentences  {scores.Sentences}
                    tokens     {scores.Tokens}
                    UPOS       {scores.Upos:0.0000}
                    XPOS       {scores.Xpos:0.0000}
                    lemma      {scores.Lemma:0.0000}
                    UAS        {scores.Uas:0.0000}
                    LAS        {scores.Las:0.0000}
                    """));
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
