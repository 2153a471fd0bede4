import { ConfigError } from '../lib/config.js';
import { createNewsfactsApp } from '../lib/newsfacts-app.js';

// The CDK CLI runs this file (cdk.json "app"); configuration comes from cdk.json "context".
try {
  createNewsfactsApp().app.synth();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
