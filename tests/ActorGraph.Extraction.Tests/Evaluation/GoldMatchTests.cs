using ActorGraph.Core.Actors;
using ActorGraph.Extraction.Evaluation;

namespace ActorGraph.Extraction.Tests.Evaluation;

public sealed class GoldMatchTests
{
    private static readonly Actor Nato = new(new ActorId("org/nato"), "NATO", ActorKind.Organisation, null);
    private static readonly Actor RedCross = new(new ActorId("org/icrc"), "International Committee of the Red Cross", ActorKind.Organisation, null);
    private static readonly Actor IsraeliArmy = new(new ActorId("country/ISR/military"), "Israel (military)", ActorKind.State, "ISR", "military");

    [Theory]
    [InlineData("The Red Cross", "red cross")]
    [InlineData("  the U.N.  Security-Council ", "un securitycouncil")]
    [InlineData("Theodore", "theodore")]
    public void Names_are_folded_before_comparison(string name, string folded) =>
        Assert.Equal(folded, GoldMatch.NormalizeName(name));

    [Fact]
    public void A_gold_actor_with_a_country_matches_any_actor_of_that_country() =>
        Assert.True(GoldMatch.ActorMatches(IsraeliArmy, "Israeli soldiers", "Israeli troops", "ISR"));

    [Fact]
    public void A_gold_actor_with_a_country_does_not_match_by_name_alone() =>
        Assert.False(GoldMatch.ActorMatches(IsraeliArmy, "Israel", "Israel", "PSE"));

    [Fact]
    public void A_gold_name_longer_than_three_letters_matches_inside_the_predicted_name() =>
        Assert.True(GoldMatch.ActorMatches(RedCross, "the ICRC", "Red Cross", null));

    [Fact]
    public void A_short_gold_name_must_equal_the_predicted_name()
    {
        Assert.True(GoldMatch.ActorMatches(Nato, "the alliance", "NATO", null));
        Assert.False(GoldMatch.ActorMatches(RedCross, "the ICRC", "Red", null));
    }
}
