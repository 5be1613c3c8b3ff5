using ActorGraph.Syntax.Learning;
using ActorGraph.Syntax.Parsing;

namespace ActorGraph.Syntax.Training;

/// <summary>Trains the parser with the dynamic oracle: update towards the best zero-cost transition, and from
/// <see cref="TrainingOptions.ExplorationStart"/> on, often follow the model's own wrong choice.</summary>
internal static class ParserTrainer
{
    /// <summary>Trains and returns the averaged parser after each epoch.</summary>
    public static IEnumerable<Parser> Train(IReadOnlyList<ParseExample> examples, Transitions transitions, TrainingOptions options)
    {
        var perceptron = new PerceptronTrainer(transitions.Count);
        var random = new SeededRandom(options.Seed ^ 0xA5A5);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var state = new ParserState();
        var features = new ulong[ParserFeatures.Max];
        var scores = new float[transitions.Count];
        var costs = new int[transitions.Count];
        for (var epoch = 0; epoch < options.ParserEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var example = examples[e];
                state.Reset(example.Length);
                while (!state.IsTerminal)
                {
                    var n = ParserFeatures.Extract(state, example.Words, example.Tags, features);
                    var keys = features.AsSpan(0, n);
                    perceptron.Score(keys, scores);
                    DynamicOracle.Costs(state, transitions, example.Heads, example.Labels, costs);
                    var minCost = int.MaxValue;
                    foreach (var c in costs)
                    {
                        minCost = Math.Min(minCost, c);
                    }

                    var guess = transitions.Best(state, scores);
                    var gold = -1;
                    for (var t = 0; t < costs.Length; t++)
                    {
                        if (costs[t] == minCost && (gold < 0 || scores[t] > scores[gold]))
                        {
                            gold = t;
                        }
                    }

                    var next = gold;
                    if (costs[guess] == minCost)
                    {
                        next = guess;
                    }
                    else
                    {
                        perceptron.Update(keys, gold, guess);
                        if (epoch >= options.ExplorationStart && random.NextDouble() < options.ExplorationRate)
                        {
                            next = guess;
                        }
                    }

                    perceptron.Tick();
                    transitions.Apply(state, next);
                }
            }

            yield return new Parser(transitions, perceptron.Average(options.Prune));
        }
    }

    /// <summary>Unlabelled and labelled attachment on examples (punctuation included).</summary>
    public static (double Uas, double Las) Score(Parser parser, IReadOnlyList<ParseExample> examples)
    {
        var state = new ParserState();
        long total = 0, heads = 0, labelled = 0;
        foreach (var example in examples)
        {
            var predictedHeads = new int[example.Length + 1];
            var predictedLabels = new int[example.Length + 1];
            parser.Parse(state, example.Words, example.Tags, example.Length, predictedHeads, predictedLabels);
            for (var i = 1; i <= example.Length; i++)
            {
                total++;
                if (predictedHeads[i] == example.Heads[i])
                {
                    heads++;
                    if (predictedLabels[i] == example.Labels[i])
                    {
                        labelled++;
                    }
                }
            }
        }

        return total == 0 ? (0, 0) : ((double)heads / total, (double)labelled / total);
    }
}
