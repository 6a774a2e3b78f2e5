#!/usr/bin/env node
// Checks that every role gets a token from the bench's Keycloak (TOKEN_URL); prints the roles.
import { allTokens } from './lib.mjs';
const t = await allTokens(process.env.TOKEN_URL);
console.log(Object.keys(t).join(' '));
