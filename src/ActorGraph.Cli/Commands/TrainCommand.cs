using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ActorGraph.Syntax;
using ActorGraph.Syntax.Conllu;
using ActorGraph.Syntax.Training;

namespace ActorGraph.Cli.Commands;

/// <summary><c>actorgraph train syntax --train DIR --dev DIR --out FILE</c>: trains the tagger, lemmatizer and parser.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train a model from annotated data.");
        command.Subcommands.Add(Syntax());
        return command;
    }

    private static Command Syntax()
    {
        var train = new Option<DirectoryInfo>("--train") { Description = "Folder of CoNLL-U training files.", Required = true };
        var dev = new Option<DirectoryInfo>("--dev") { Description = "Folder of CoNLL-U development files (epoch selection).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write.", Required = true };
        var defaults = new TrainingOptions();
        var seed = new Option<ulong>("--seed") { Description = "Seed of shuffles and exploration.", DefaultValueFactory = _ => defaults.Seed };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Tagger epochs.", DefaultValueFactory = _ => defaults.TaggerEpochs };
        var parserEpochs = new Option<int>("--parser-epochs") { Description = "Parser epochs.", DefaultValueFactory = _ => defaults.ParserEpochs };
        var folds = new Option<int>("--jackknife") { Description = "Folds for the parser's predicted training tags (0: gold tags).", DefaultValueFactory = _ => defaults.JackknifeFolds };
        var command = new Command("syntax", "Train the part-of-speech tagger, lemmatizer and dependency parser from CoNLL-U folders (same data and seed, same bytes).")
        {
            train, dev, output, seed, taggerEpochs, parserEpochs, folds,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var options = defaults with
            {
                Seed = parseResult.GetValue(seed),
                TaggerEpochs = parseResult.GetValue(taggerEpochs),
                ParserEpochs = parseResult.GetValue(parserEpochs),
                JackknifeFolds = parseResult.GetValue(folds),
            };
            if (options.TaggerEpochs < 1 || options.ParserEpochs < 1)
            {
                return Task.FromResult(StoreCommand.Fail("--tagger-epochs and --parser-epochs must be at least 1"));
            }

            var clock = Stopwatch.StartNew();
            IReadOnlyList<ConlluSentence> trainSentences, devSentences;
            try
            {
                trainSentences = ConlluReader.ReadFolder(parseResult.GetValue(train)!.FullName);
                devSentences = ConlluReader.ReadFolder(parseResult.GetValue(dev)!.FullName);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                return Task.FromResult(StoreCommand.Fail(e.Message));
            }

            SyntaxModel model;
            try
            {
                model = SyntaxTrainer.Train(trainSentences, devSentences, options, line => Console.Out.WriteLine(line), cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return Task.FromResult(StoreCommand.Fail("cancelled; no model written"));
            }

            var path = parseResult.GetValue(output)!.FullName;
            model.Save(path);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {path} ({new FileInfo(path).Length / 1048576.0:0.0} MB) in {clock.Elapsed.TotalMinutes:0.0} min"));
            return Task.FromResult(0);
        });
        return command;
    }
}
