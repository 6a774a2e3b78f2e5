-- docker-compose: Keycloak keeps its data in its own database beside Rostok's.
CREATE DATABASE keycloak OWNER rostok;
