package conferences.internal;

class Store {
    String own = "update conference set partner_id = ? where id = ?";
}
