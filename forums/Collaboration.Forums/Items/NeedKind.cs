namespace Collaboration.Forums.Items;

/// <summary>What a needs entry is: the four questions of the seed's Kurzabfrage.</summary>
public enum NeedKind
{
    /// <summary>Bedarf: a digitalisation need.</summary>
    Need,

    /// <summary>Anforderung: a requirement of the centre.</summary>
    Requirement,

    /// <summary>Wunsch: a wish.</summary>
    Wish,

    /// <summary>Hürde: an obstacle.</summary>
    Obstacle,
}
