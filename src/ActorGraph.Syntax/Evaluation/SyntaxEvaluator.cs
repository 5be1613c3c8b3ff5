using System.Diagnostics;
using ActorGraph.Syntax.Conllu;

namespace ActorGraph.Syntax.Evaluation;

/// <summary>Parses gold-tokenized sentences and scores tags, lemmas and attachments against the gold annotation.</summary>
public static class SyntaxEvaluator
{
    /// <summary>Scores the model on the sentences.</summary>
    public static SyntaxScores Evaluate(SyntaxModel model, IReadOnlyList<ConlluSentence> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sentences);
        long tokens = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sentence.Words.Count == 0)
            {
                continue;
            }

            var parsed = model.ParseWords([.. sentence.Words.Select(w => w.Form)]);
            for (var i = 0; i < sentence.Words.Count; i++)
            {
                var gold = sentence.Words[i];
                var token = parsed.Tokens[i];
                tokens++;
                upos += token.Upos == gold.Upos ? 1 : 0;
                xpos += token.Xpos == gold.Xpos ? 1 : 0;
                lemma += token.Lemma == gold.Lemma ? 1 : 0;
                if (token.Head + 1 == gold.Head)
                {
                    uas++;
                    las += token.Relation == gold.Deprel ? 1 : 0;
                }
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        double Share(long count) => tokens == 0 ? 0 : (double)count / tokens;
        return new SyntaxScores(sentences.Count, (int)tokens, Share(upos), Share(xpos), Share(lemma), Share(uas), Share(las), seconds);
    }
}
