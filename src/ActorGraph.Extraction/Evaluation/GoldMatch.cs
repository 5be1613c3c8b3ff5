using System.Text;
using ActorGraph.Core.Actors;
using ActorGraph.Core.Events;

namespace ActorGraph.Extraction.Evaluation;

/// <summary>The matching rules between an extracted event and a gold event (docs/evaluation.md).</summary>
public static class GoldMatch
{
    /// <summary>Whether the event matches the gold event at the level: actors in direction (either way for a mutual gold type) and the level's type test.</summary>
    public static bool Matches(ActorEvent predicted, GoldEvent gold, MatchLevel level)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var typeOk = level switch
        {
            MatchLevel.Type => predicted.Type == gold.Type,
            MatchLevel.Quad => predicted.Type.Quad() == gold.Type.Quad(),
            _ => true,
        };
        if (!typeOk)
        {
            return false;
        }

        var (source, target) = (predicted.Source, predicted.Target);
        var (sourceText, targetText) = (predicted.Evidence.SourceText, predicted.Evidence.TargetText);
        var direct = ActorMatches(source, sourceText, gold.SourceName, gold.SourceCountry)
            && ActorMatches(target, targetText, gold.TargetName, gold.TargetCountry);
        return direct || gold.Type.IsSymmetric()
            && ActorMatches(source, sourceText, gold.TargetName, gold.TargetCountry)
            && ActorMatches(target, targetText, gold.SourceName, gold.SourceCountry);
    }

    /// <summary>
    /// A gold actor with a country matches an actor of that country; one without matches by name: the actor's name or
    /// the words that named it equal the gold name, or contain it when the gold name is longer than three characters.
    /// </summary>
    public static bool ActorMatches(Actor actor, string mentionText, string goldName, string? goldCountry)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (goldCountry is not null)
        {
            return string.Equals(actor.Country, goldCountry, StringComparison.OrdinalIgnoreCase);
        }

        var gold = NormalizeName(goldName);
        return gold.Length > 0 && (NameMatches(NormalizeName(actor.Name), gold) || NameMatches(NormalizeName(mentionText ?? ""), gold));
    }

    /// <summary>Lower-cases, drops a leading "the" and every character but letters, digits and spaces, and collapses spaces.</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (char.IsWhiteSpace(c) && sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        var text = sb.ToString().TrimEnd();
        return text.StartsWith("the ", StringComparison.Ordinal) ? text[4..] : text;
    }

    private static bool NameMatches(string predicted, string gold) =>
        predicted == gold || gold.Length > 3 && predicted.Contains(gold, StringComparison.Ordinal);
}
