import { describe, expect, it } from 'vitest';
import { requestMetrics } from './request-metrics.js';

describe('request metrics', () => {
  it('write one EMF line per request: Requests by route pattern and status, in the Newsfacts namespace', () => {
    const lines: string[] = [];
    const metrics = requestMetrics('newsfacts-query', (line) => lines.push(line));
    metrics.record('/entities/{entityId}', 404);
    metrics.record(null, 405);
    const [first, second] = lines.map((line) => JSON.parse(line));
    expect(first).toEqual({
      _aws: {
        Timestamp: expect.any(Number),
        CloudWatchMetrics: [{ Namespace: 'Newsfacts', Dimensions: [['service', 'route', 'status']], Metrics: [{ Name: 'Requests', Unit: 'Count' }] }],
      },
      service: 'newsfacts-query',
      route: '/entities/{entityId}',
      status: '404',
      Requests: 1,
    });
    expect(second).toMatchObject({ route: 'unknown', status: '405' });
  });
});
