// Catalog documents live in MongoDB Atlas (X.509 auth, so the address holds no secret).
//
// log-contradicts-config must NOT trigger here: mongoUri is a mongodb+srv:// URL and the log
// says mongo: "mongodb" (mongodb+srv, mongodb and mongo are one family); maxPoolSize agrees.
import { MongoClient, type Db } from "mongodb";

import { logger } from "../lib/logger.js";

let client: MongoClient | undefined;

export async function connectMongo(): Promise<Db> {
  const mongoUri = "mongodb+srv://cluster0.a1b2c.mongodb.net/?authMechanism=MONGODB-X509&retryWrites=true";
  client = new MongoClient(mongoUri, {
    tlsCertificateKeyFile: "/run/secrets/mongo-client.pem",
    maxPoolSize: 20,
    serverSelectionTimeoutMS: 5000,
  });
  await client.connect();
  const db = client.db("catalog");
  logger.info({ mongo: "mongodb", db: "catalog", maxPoolSize: 20 }, "mongo connected");
  return db;
}

export async function closeMongo(): Promise<void> {
  if (client) {
    await client.close();
    logger.info("mongo connection closed");
    client = undefined;
  }
}
