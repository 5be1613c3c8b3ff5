using System.Diagnostics;
using System.Globalization;
using ActorGraph.Syntax.Conllu;
using ActorGraph.Syntax.Lemmas;
using ActorGraph.Syntax.Parsing;
using ActorGraph.Syntax.Tagging;

namespace ActorGraph.Syntax.Training;

/// <summary>Trains a whole model from CoNLL-U sentences: lemmatizer, tagger (best dev epoch), jackknifed training
/// tags, parser (best dev epoch). Single-threaded and seeded: the same data and options give the same model bytes.</summary>
public static class SyntaxTrainer
{
    /// <summary>Trains a model; <paramref name="progress"/> receives one line per step and epoch.</summary>
    public static SyntaxModel Train(
        IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, TrainingOptions options, Action<string> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var clock = Stopwatch.StartNew();
        string Elapsed() => clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

        var tags = TagSet.From(train.SelectMany(s => s.Words).Select(w => (w.Upos, w.Xpos)));
        var lemmatizer = LemmatizerTrainer.Train(train.SelectMany(s => s.Words).Select(w => (w.Form, w.Xpos, w.Lemma)));
        var trainTagged = train.Select(s => Tagged(s, tags)).ToList();
        var devTagged = dev.Select(s => Tagged(s, tags)).ToList();
        progress($"data: {train.Count} training sentences ({trainTagged.Sum(s => s.Words.Count)} words), {dev.Count} development sentences; {tags.Count} tag pairs");

        // The final tagger and the jackknife folds are independent jobs, so they share the cores; each is seeded on
        // its own, so the result does not depend on which finishes first.
        var report = new Action<string>(line =>
        {
            lock (progress)
            {
                progress(line);
            }
        });
        Tagger? tagger = null;
        var bestTagEpoch = 0;
        var bestTagAccuracy = -1.0;
        var folds = options.JackknifeFolds >= 2 ? options.JackknifeFolds : 0;
        var predicted = new int[train.Count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Math.Min(2, Environment.ProcessorCount)), CancellationToken = cancellationToken };
        Parallel.For(0, folds + 1, parallel, job =>
        {
            if (job == 0)
            {
                var epoch = 0;
                foreach (var candidate in TaggerTrainer.Train(trainTagged, tags, options.TaggerEpochs, options.Seed))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    epoch++;
                    var accuracy = TagAccuracy(candidate, devTagged);
                    report($"tagger epoch {epoch}: dev UPOS+XPOS {accuracy:0.0000} ({Elapsed()})");
                    if (accuracy > bestTagAccuracy)
                    {
                        (tagger, bestTagAccuracy, bestTagEpoch) = (candidate, accuracy, epoch);
                    }
                }
            }
            else
            {
                JackknifeFold(trainTagged, tags, options, job - 1, predicted, report);
            }
        });

        if (tagger is null)
        {
            throw new ArgumentException("no tagger epochs to train", nameof(options));
        }

        report($"tagger: kept epoch {bestTagEpoch} (dev {bestTagAccuracy:0.0000}); {tagger.Weights.Keys.Length} features");
        if (folds == 0)
        {
            progress("parser trains on gold tags (no jackknifing)");
            for (var i = 0; i < train.Count; i++)
            {
                predicted[i] = [.. trainTagged[i].Tags];
            }
        }

        var labels = train.SelectMany(s => s.Words).Select(w => w.Deprel).Distinct().Order(StringComparer.Ordinal).ToList();
        var transitions = new Transitions(labels);
        var trainExamples = train.Select((s, i) => Example(s, predicted[i], transitions)).ToList();
        var devExamples = devTagged.Select((s, i) => Example(dev[i], Tag(tagger, s.Words), transitions)).ToList();
        progress($"parser: {labels.Count} relations, {transitions.Count} transitions ({Elapsed()})");

        Parser? parser = null;
        var bestParseEpoch = 0;
        var best = (Uas: -1.0, Las: -1.0);
        var parserEpoch = 0;
        foreach (var candidate in ParserTrainer.Train(trainExamples, transitions, options))
        {
            cancellationToken.ThrowIfCancellationRequested();
            parserEpoch++;
            var score = ParserTrainer.Score(candidate, devExamples);
            progress($"parser epoch {parserEpoch}: dev UAS {score.Uas:0.0000} LAS {score.Las:0.0000}; {candidate.Weights.Keys.Length} features ({Elapsed()})");
            if (score.Las > best.Las)
            {
                (parser, best, bestParseEpoch) = (candidate, score, parserEpoch);
            }
        }

        if (parser is null)
        {
            throw new ArgumentException("no parser epochs to train", nameof(options));
        }

        progress($"parser: kept epoch {bestParseEpoch} (dev UAS {best.Uas:0.0000} LAS {best.Las:0.0000}) ({Elapsed()})");
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"trained on {train.Count} sentences; seed {options.Seed}; tagger epoch {bestTagEpoch}/{options.TaggerEpochs} dev UPOS+XPOS {bestTagAccuracy:0.0000}; parser epoch {bestParseEpoch}/{options.ParserEpochs} dev UAS {best.Uas:0.0000} LAS {best.Las:0.0000} (dev tags predicted)");
        return new SyntaxModel(summary, tagger, lemmatizer, parser);
    }

    /// <summary>Trains a tagger without one fold (as many epochs as the final tagger runs) and tags that fold with it.</summary>
    private static void JackknifeFold(List<TaggedSentence> train, TagSet tags, TrainingOptions options, int fold, int[][] predicted, Action<string> report)
    {
        var folds = options.JackknifeFolds;
        var rest = train.Where((_, i) => i % folds != fold).ToList();
        var foldTagger = TaggerTrainer.Train(rest, tags, options.TaggerEpochs, options.Seed + (ulong)fold + 1).Last();
        long correct = 0, total = 0;
        for (var i = fold; i < train.Count; i += folds)
        {
            predicted[i] = Tag(foldTagger, train[i].Words);
            for (var w = 0; w < predicted[i].Length; w++)
            {
                total++;
                correct += predicted[i][w] == train[i].Tags[w] ? 1 : 0;
            }
        }

        report($"jackknife fold {fold + 1}/{folds}: held-out UPOS+XPOS {(double)correct / Math.Max(1, total):0.0000}");
    }

    private static TaggedSentence Tagged(ConlluSentence sentence, TagSet tags) =>
        new([.. sentence.Words.Select(w => w.Form)], [.. sentence.Words.Select(w => tags.Find(w.Upos, w.Xpos))]);

    private static int[] Tag(Tagger tagger, IReadOnlyList<string> words)
    {
        var classes = new int[words.Count];
        tagger.Tag(words, classes);
        return classes;
    }

    private static double TagAccuracy(Tagger tagger, List<TaggedSentence> sentences)
    {
        long correct = 0, total = 0;
        foreach (var sentence in sentences)
        {
            var classes = Tag(tagger, sentence.Words);
            for (var i = 0; i < classes.Length; i++)
            {
                total++;
                correct += classes[i] == sentence.Tags[i] ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)correct / total;
    }

    private static ParseExample Example(ConlluSentence sentence, int[] tagClasses, Transitions transitions)
    {
        var n = sentence.Words.Count;
        var words = new ulong[n + 1];
        var tags = new ulong[n + 1];
        var heads = new int[n + 1];
        var labels = new int[n + 1];
        var padded = Tagger.Pad([.. sentence.Words.Select(w => w.Form)]);
        words[0] = SyntaxModel.RootWord;
        tags[0] = SyntaxModel.RootTag;
        heads[0] = -1;
        labels[0] = -1;
        for (var i = 0; i < n; i++)
        {
            words[i + 1] = padded[i + 2].Lower;
            tags[i + 1] = (ulong)tagClasses[i] + 1;
            heads[i + 1] = sentence.Words[i].Head;
            labels[i + 1] = Array.IndexOf(transitions.Labels, sentence.Words[i].Deprel);
        }

        return new ParseExample(words, tags, heads, labels);
    }
}
