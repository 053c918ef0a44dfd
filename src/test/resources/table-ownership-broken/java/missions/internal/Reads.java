package missions.internal;

class Reads {
    String own = "select id from mission where id = ?";
    String crossing = """
            select m.id from mission m
            join conference c on c.id = m.conference_id""";
    String listed = "select count(*) from mission m, organisation o where o.id = m.organisation_id";
    String words = "Missions come from partner referrals"; // no SQL table: a word only
}
