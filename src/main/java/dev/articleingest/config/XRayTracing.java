package dev.articleingest.config;

import com.amazonaws.xray.interceptors.TracingInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * The one place that touches the X-Ray SDK. Only {@link Dependencies} refers to it, and only when
 * tracing is on, so with tracing off no X-Ray class is ever loaded: zero start-up cost.
 */
final class XRayTracing {

  private XRayTracing() {}

  /** Records each S3 and DynamoDB call as a subsegment of the invocation's trace. */
  static ExecutionInterceptor interceptor() {
    return new TracingInterceptor();
  }
}
