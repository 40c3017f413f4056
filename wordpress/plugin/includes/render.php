<?php
/**
 * Turns block attributes and shortcode attributes into the custom elements, with every value escaped and the
 * center's configuration in a child `<script type="application/json">` (data, not code: no inline script).
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Block attribute names and the element attributes they set. */
function care_level_widgets_attribute_names() {
	return array(
		'levels'       => 'levels',
		'rows'         => 'rows',
		'highlight'    => 'highlight',
		'layout'       => 'layout',
		'edition'      => 'edition',
		'lang'         => 'lang',
		'headingLevel' => 'heading-level',
		'elementId'    => 'id',
		'phone'        => 'phone',
		'ctaHref'      => 'cta-href',
		'ctaLabel'     => 'cta-label',
		'offered'      => 'offered',
		'comparison'   => 'comparison',
		'variant'      => 'variant',
		'term'         => 'term',
		'persist'      => 'persist',
	);
}

/**
 * Cleans one element attribute's value; null leaves the attribute out (the element, or the center's settings,
 * decide). Free text is kept as written, so a mistake such as `levels="detox"` reaches the element, which shows
 * its clear error message; escaping happens when the tag is written.
 *
 * @param string $name  The element attribute's name.
 * @param mixed  $value The value given.
 * @return string|null
 */
function care_level_widgets_clean_attribute( $name, $value ) {
	if ( is_int( $value ) || is_float( $value ) ) {
		$value = (string) $value;
	}
	if ( ! is_string( $value ) ) {
		return null;
	}
	$value = trim( preg_replace( '/\s+/', ' ', $value ) );
	if ( '' === $value ) {
		return null;
	}
	switch ( $name ) {
		case 'edition':
			return in_array( $value, array( '3', '4' ), true ) ? $value : null;
		case 'lang':
			return in_array( $value, array( 'en', 'es' ), true ) ? $value : null;
		case 'persist':
			// The one storage the questionnaire offers, and only when the site asks: the visitor's own tab.
			return 'session' === $value ? $value : null;
		case 'heading-level':
			return preg_match( '/^[2-6]$/', $value ) ? $value : null;
		case 'cta-href':
			// esc_url_raw drops javascript:, data: and every other scheme not listed here.
			$url = esc_url_raw( $value, array( 'http', 'https', 'tel', 'mailto' ) );
			return '' === $url ? null : $url;
		default:
			return substr( $value, 0, 2000 );
	}
}

/**
 * Writes one element: its attributes, its configuration and its content.
 *
 * @param string            $tag        care-comparison, care-questionnaire, care-crisis-banner or care-term.
 * @param array             $attributes Element attribute name => value, cleaned by care_level_widgets_clean_attribute.
 * @param array|string|null $config     The configuration: an array to encode, JSON text to pass on as written (the
 *                                      element reports its mistakes), or null for none.
 * @param string            $content    Escaped HTML to put inside (the text a `<care-term>` explains).
 * @return string
 */
function care_level_widgets_element( $tag, $attributes, $config = null, $content = '' ) {
	wp_enqueue_script( 'care-level-widgets' );
	wp_enqueue_style( 'care-level-widgets' );

	$html = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		$value = care_level_widgets_clean_attribute( $name, $value );
		if ( null === $value ) {
			continue;
		}
		$html .= ' ' . $name . '="' . ( 'cta-href' === $name ? esc_url( $value, array( 'http', 'https', 'tel', 'mailto' ) ) : esc_attr( $value ) ) . '"';
	}
	$html .= '>';
	$json  = care_level_widgets_config_json( $config );
	if ( null !== $json ) {
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	return $html . $content . '</' . $tag . '>';
}

/**
 * The text of the child JSON script, safe inside `<script>`: an array is encoded with every `<`, `>`, `&`, `'` and
 * `"` inside strings escaped; text that is not valid JSON is passed on with `<`, `>` and `&` escaped the same way, so
 * it can never close the script, and the element shows which part is wrong.
 *
 * @param array|string|null $config The configuration.
 * @return string|null
 */
function care_level_widgets_config_json( $config ) {
	if ( is_array( $config ) ) {
		if ( array() === $config ) {
			return null;
		}
		return wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_SLASHES );
	}
	if ( is_string( $config ) && '' !== trim( $config ) ) {
		$limits = care_level_widgets_limits();
		return str_replace( array( '<', '>', '&' ), array( '\u003C', '\u003E', '\u0026' ), substr( $config, 0, $limits['jsonLength'] + 1 ) );
	}
	return null;
}

/**
 * The configuration an element gets: the center's settings, with the top-level keys of `$override` (JSON a
 * shortcode's `config` attribute gives) in their place. JSON that does not parse is passed on as written so the
 * element reports it.
 *
 * @param string|null $override JSON text, or null.
 * @return array|string
 */
function care_level_widgets_config_for( $override = null ) {
	$config = care_level_widgets_site_config();
	if ( ! is_string( $override ) || '' === trim( $override ) ) {
		return $config;
	}
	$decoded = json_decode( $override, true );
	if ( ! care_level_widgets_is_object( $decoded ) ) {
		return $override;
	}
	return array_merge( $config, $decoded );
}

/**
 * Renders a block or a shortcode: `$kind` is comparison, questionnaire, crisis-banner or term.
 *
 * @param string      $kind       Which element.
 * @param array       $attributes Block attribute names (camelCase) => values.
 * @param string|null $config     A shortcode's `config` JSON, or null.
 * @param string      $content    Escaped HTML inside the element.
 * @return string
 */
function care_level_widgets_render( $kind, $attributes, $config = null, $content = '' ) {
	$allowed = array(
		'comparison'    => array( 'levels', 'rows', 'highlight', 'layout', 'edition', 'lang', 'headingLevel', 'elementId' ),
		'questionnaire' => array( 'phone', 'ctaHref', 'ctaLabel', 'offered', 'comparison', 'lang', 'headingLevel', 'persist', 'elementId' ),
		'crisis-banner' => array( 'variant', 'lang', 'headingLevel' ),
		'term'          => array( 'term', 'lang' ),
	);
	if ( ! isset( $allowed[ $kind ] ) ) {
		return '';
	}
	$names   = care_level_widgets_attribute_names();
	$element = array();
	foreach ( $allowed[ $kind ] as $key ) {
		if ( isset( $attributes[ $key ] ) ) {
			$element[ $names[ $key ] ] = $attributes[ $key ];
		}
	}
	$uses_config = 'comparison' === $kind || 'questionnaire' === $kind;
	return care_level_widgets_element( 'care-' . $kind, $element, $uses_config ? care_level_widgets_config_for( $config ) : null, $content );
}

/**
 * Renders a block: the element inside a wrapper carrying the block's classes (alignment, spacing, custom class).
 *
 * @param string $kind       Which element.
 * @param array  $attributes The block's attributes.
 * @return string
 */
function care_level_widgets_render_block( $kind, $attributes ) {
	return '<div ' . get_block_wrapper_attributes() . '>' . care_level_widgets_render( $kind, is_array( $attributes ) ? $attributes : array() ) . '</div>';
}
