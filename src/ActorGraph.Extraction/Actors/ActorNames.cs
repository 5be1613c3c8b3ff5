using System.Text;
using ActorGraph.Core.Actors;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Actors;

/// <summary>Builds actors the gazetteer does not hold: a state's sector, or a person named in the text.</summary>
internal static class ActorNames
{
    /// <summary>The sector of a state: <c>country/UKR/legislature</c>.</summary>
    public static Actor Sector(Actor state, string sector) =>
        new(new ActorId($"{state.Id.Value}/{sector}"), $"{state.Name} ({sector})", ActorKind.State, state.Country, sector);

    /// <summary>A person the text names with a title: <c>person/tom-homan</c>.</summary>
    public static Actor Person(string name, string? country) => new(new ActorId("person/" + Slug(name)), name, ActorKind.Person, country);

    /// <summary>Lowercase ASCII words joined by hyphens.</summary>
    public static string Slug(string text)
    {
        var folded = TextFold.Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
