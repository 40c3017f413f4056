<?php
/**
 * The center's configuration: the CareConfig JSON the elements read, checked here as the library's `validateConfig`
 * (src/config/validate.ts) checks it, so what the settings page accepts every widget accepts. The rules are not
 * written twice: config-rules.json, which the build writes from src/config/schema.ts, holds the same description of a
 * configuration, its patterns and its limits, and the functions below walk it as validate.ts does, with the same
 * paths and messages. A configuration is handled as json_decode() gives it with objects (stdClass), so `{}` and `[]`
 * stay apart as in JavaScript.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The rules file: schema, levelIds, reservedRowIds, limits, urlProtocols and patterns (PCRE). */
function care_level_widgets_rules() {
	static $rules = null;
	if ( null === $rules ) {
		$rules = json_decode( (string) file_get_contents( __DIR__ . '/config-rules.json' ), true );
	}
	return $rules;
}

/** The level ids the elements know, most intensive first. */
function care_level_widgets_level_ids() {
	$rules = care_level_widgets_rules();
	return $rules['levelIds'];
}

/** The limits of `configLimits` in src/config/limits.ts. */
function care_level_widgets_limits() {
	$rules = care_level_widgets_rules();
	return $rules['limits'];
}

/** A string's length as JavaScript counts it (UTF-16 code units), so the length limits agree. */
function care_level_widgets_js_length( $text ) {
	return preg_match_all( '/./su', $text ) + preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
}

/** A string without the white space around it, as JavaScript's trim() removes it. */
function care_level_widgets_js_trim( $text ) {
	$rules = care_level_widgets_rules();
	$space = $rules['patterns']['trimmed'];
	return (string) preg_replace( '/^' . $space . '+|' . $space . '+$/uD', '', $text );
}

/** JSON text as JSON.stringify writes it, for messages. */
function care_level_widgets_js_json( $value ) {
	return (string) wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_LINE_TERMINATORS );
}

/** An object's keys in JavaScript's order: those that look like array indexes first, ascending, then the rest. */
function care_level_widgets_object_entries( $value ) {
	$indexes = array();
	$others  = array();
	foreach ( get_object_vars( $value ) as $key => $entry ) {
		$key = (string) $key;
		if ( preg_match( '/^(?:0|[1-9][0-9]*)$/D', $key ) && (float) $key < 4294967295 ) {
			$indexes[ $key ] = $entry;
		} else {
			$others[] = array( $key, $entry );
		}
	}
	uksort(
		$indexes,
		function ( $a, $b ) {
			return (float) $a <=> (float) $b;
		}
	);
	$entries = array();
	foreach ( $indexes as $key => $entry ) {
		$entries[] = array( (string) $key, $entry );
	}
	return array_merge( $entries, $others );
}

/** A short description of a value for an error message, as `describeValue` gives it: `"detox"`, `a number (42)`. */
function care_level_widgets_describe( $value ) {
	if ( null === $value ) {
		return 'null';
	}
	if ( is_string( $value ) ) {
		$length = care_level_widgets_js_length( $value );
		if ( $length > 40 ) {
			return 'a string of ' . $length . ' characters (' . care_level_widgets_js_json( care_level_widgets_js_slice( $value, 40 ) ) . '…)';
		}
		return care_level_widgets_js_json( $value );
	}
	if ( is_bool( $value ) ) {
		return 'a boolean (' . ( $value ? 'true' : 'false' ) . ')';
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		return 'a number (' . care_level_widgets_js_number( $value ) . ')';
	}
	if ( is_array( $value ) ) {
		return 1 === count( $value ) ? 'an array of 1 item' : 'an array of ' . count( $value ) . ' items';
	}
	$keys = array_map(
		function ( $entry ) {
			return $entry[0];
		},
		care_level_widgets_object_entries( $value )
	);
	if ( array() === $keys ) {
		return 'an empty object';
	}
	$shown = array_map( 'care_level_widgets_js_json', array_slice( $keys, 0, 5 ) );
	return 'an object with the keys ' . implode( ', ', $shown ) . ( count( $keys ) > 5 ? ', …' : '' );
}

/** A number as JavaScript writes it: `3`, `0.5`, `1e+21`, `-4.2e-7`. */
function care_level_widgets_js_number( $number ) {
	if ( is_int( $number ) && abs( $number ) <= 9007199254740992 ) {
		return (string) $number;
	}
	$number = (float) $number;
	if ( is_infinite( $number ) ) {
		return $number > 0 ? 'Infinity' : '-Infinity';
	}
	if ( 0.0 === $number ) {
		return '0';
	}
	// The shortest digits that read back as the same number, and where the decimal point goes: 0.digits × 10^point.
	preg_match( '/^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/Di', (string) json_encode( abs( $number ) ), $parts );
	$whole    = ltrim( $parts[1], '0' );
	$fraction = isset( $parts[2] ) ? $parts[2] : '';
	$point    = strlen( $whole ) + ( isset( $parts[3] ) ? (int) $parts[3] : 0 );
	$digits   = $whole . $fraction;
	if ( '' === $whole ) {
		$point -= strlen( $fraction ) - strlen( ltrim( $fraction, '0' ) );
		$digits = ltrim( $fraction, '0' );
	}
	$digits = rtrim( $digits, '0' );
	$count  = strlen( $digits );
	$sign   = $number < 0 ? '-' : '';
	if ( $count <= $point && $point <= 21 ) {
		return $sign . $digits . str_repeat( '0', $point - $count );
	}
	if ( 0 < $point && $point <= 21 ) {
		return $sign . substr( $digits, 0, $point ) . '.' . substr( $digits, $point );
	}
	if ( -6 < $point && $point <= 0 ) {
		return $sign . '0.' . str_repeat( '0', -$point ) . $digits;
	}
	$exponent = $point - 1;
	return $sign . $digits[0] . ( $count > 1 ? '.' . substr( $digits, 1 ) : '' ) . 'e' . ( $exponent < 0 ? '-' : '+' ) . abs( $exponent );
}

/** The first `$units` UTF-16 code units of a string, whole characters only. */
function care_level_widgets_js_slice( $text, $units ) {
	$slice = '';
	foreach ( preg_split( '//u', $text, -1, PREG_SPLIT_NO_EMPTY ) as $character ) {
		$units -= strlen( $character ) === 4 ? 2 : 1;
		if ( $units < 0 ) {
			break;
		}
		$slice .= $character;
	}
	return $slice;
}

/** "a, b and c" */
function care_level_widgets_join_and( $words ) {
	return count( $words ) < 2 ? implode( '', $words ) : implode( ', ', array_slice( $words, 0, -1 ) ) . ' and ' . end( $words );
}

/** The path of `$key` inside `$path`: `contact.phone`, or `programs["my key"]` for a key that is not a name. */
function care_level_widgets_child_path( $path, $key ) {
	$safe_key = preg_match( '/^[A-Za-z_$][A-Za-z0-9_$]*$/D', $key ) ? $key : care_level_widgets_js_json( $key );
	if ( '(root)' === $path ) {
		return $safe_key === $key ? $key : '[' . $safe_key . ']';
	}
	return $safe_key === $key ? $path . '.' . $key : $path . '[' . $safe_key . ']';
}

/** The candidate within two edits of `$word`, ignoring case, if any: the "did you mean" of a message. */
function care_level_widgets_closest( $word, $candidates ) {
	$best          = null;
	$best_distance = 3;
	foreach ( $candidates as $candidate ) {
		$distance = levenshtein( strtolower( $word ), strtolower( (string) $candidate ) );
		if ( $distance < $best_distance ) {
			$best          = (string) $candidate;
			$best_distance = $distance;
		}
	}
	return null === $best ? '' : ' (did you mean "' . $best . '"?)';
}

/**
 * One check of a configuration: the errors found (at most `limits.errors`, then a count of the rest), the levels the
 * center offers and where each extra row id was first used.
 */
final class Care_Level_Widgets_Config_Check {
	/** @var array[] Each array( 'path', 'expected', 'found', 'message' ). */
	public $errors = array();
	/** @var int Errors past the limit. */
	public $dropped = 0;
	/** @var string[]|null The levels the center offers, when known. */
	public $offered;
	/** @var array Extra row id => the path where it was first used. */
	public $row_ids = array();

	/** Records one error. */
	public function add( $path, $expected, $found, $message = null ) {
		$limits = care_level_widgets_limits();
		if ( count( $this->errors ) >= $limits['errors'] ) {
			++$this->dropped;
			return;
		}
		$this->errors[] = array(
			'path'     => $path,
			'expected' => $expected,
			'found'    => $found,
			'message'  => null !== $message ? $message : $path . ': expected ' . $expected . ', but found ' . $found . '.',
		);
	}

	/** The errors, with the count of those left out at the end. */
	public function finish() {
		if ( 0 === $this->dropped ) {
			return $this->errors;
		}
		$limits = care_level_widgets_limits();
		$found  = $this->dropped . ' more';
		return array_merge(
			$this->errors,
			array(
				array(
					'path'     => '(root)',
					'expected' => 'at most ' . $limits['errors'] . ' problems reported at once',
					'found'    => $found,
					'message'  => '(root): ' . $found . ' problems were not listed; fix the ones above and check again.',
				),
			)
		);
	}
}

/** What an object with the keys of `$node` is called in messages. */
function care_level_widgets_object_expected( $node ) {
	$keys = array_keys( $node['properties'] );
	return count( $node['required'] ) === count( $keys )
		? 'an object with the keys ' . care_level_widgets_join_and( $keys )
		: 'an object with any of the keys ' . implode( ', ', $keys );
}

/** An object's entries whose keys come from `$allowed` (key => value), reporting other keys; null when not an object. */
function care_level_widgets_read_object( $check, $path, $value, $allowed, $expected, $ignored = array() ) {
	if ( ! $value instanceof stdClass ) {
		$check->add( $path, $expected, care_level_widgets_describe( $value ) );
		return null;
	}
	$entries = array();
	foreach ( care_level_widgets_object_entries( $value ) as list( $key, $entry ) ) {
		if ( in_array( $key, $ignored, true ) ) {
			continue;
		}
		$key_path = care_level_widgets_child_path( $path, $key );
		if ( ! in_array( $key, $allowed, true ) ) {
			$expected_keys = 'one of the keys ' . implode( ', ', $allowed );
			$check->add( $key_path, $expected_keys, 'the unknown key ' . care_level_widgets_js_json( $key ), $key_path . ': ' . care_level_widgets_js_json( $key ) . ' is not a known key here' . care_level_widgets_closest( $key, $allowed ) . '; expected ' . $expected_keys . '.' );
			continue;
		}
		$entries[ $key ] = $entry;
	}
	return $entries;
}

/** Trimmed text of at most `$max` characters, or null after reporting what is wrong. */
function care_level_widgets_read_text( $check, $path, $value, $max, $what ) {
	$expected = $what . ' of at most ' . $max . ' characters';
	if ( ! is_string( $value ) ) {
		$check->add( $path, $expected, care_level_widgets_describe( $value ) );
		return null;
	}
	$text = care_level_widgets_js_trim( $value );
	if ( '' === $text ) {
		$check->add( $path, $expected, 'an empty string', $path . ': is empty; give the text or leave the key out.' );
		return null;
	}
	$length = care_level_widgets_js_length( $text );
	if ( $length > $max ) {
		$check->add( $path, $expected, care_level_widgets_describe( $value ), $path . ': is ' . $length . ' characters long; the limit is ' . $max . '. Shorten it or link to a page instead.' );
		return null;
	}
	return $text;
}

/** Text given once for every language, or as `{ "en": "…", "es": "…" }` with both. */
function care_level_widgets_read_localized( $check, $path, $value, $max ) {
	if ( is_string( $value ) ) {
		return care_level_widgets_read_text( $check, $path, $value, $max, 'text' );
	}
	$entries = care_level_widgets_read_object( $check, $path, $value, array( 'en', 'es' ), 'text: a string, or an object with "en" and "es" strings' );
	if ( null === $entries ) {
		return null;
	}
	$texts = array();
	foreach ( array(
		'en' => 'English',
		'es' => 'Spanish',
	) as $language => $name ) {
		$language_path = $path . '.' . $language;
		if ( ! array_key_exists( $language, $entries ) ) {
			$check->add( $language_path, 'the ' . $name . ' text', 'nothing', $language_path . ': the ' . $name . ' text is missing; give both "en" and "es", or one plain string for both.' );
			$texts[ $language ] = null;
		} else {
			$texts[ $language ] = care_level_widgets_read_text( $check, $language_path, $entries[ $language ], $max, $name . ' text' );
		}
	}
	return null === $texts['en'] || null === $texts['es'] ? null : $texts;
}

/** One value out of the node's list. */
function care_level_widgets_read_choice( $check, $node, $path, $value ) {
	foreach ( $node['values'] as $choice ) {
		$same_number = ( is_int( $value ) || is_float( $value ) ) && ( is_int( $choice ) || is_float( $choice ) ) && $choice == $value; // phpcs:ignore Universal.Operators.StrictComparisons.LooseEqual -- 3.0 is 3, as in JavaScript.
		if ( $same_number || $choice === $value ) {
			return $value;
		}
	}
	$words   = array_map( 'strval', $node['values'] );
	$numbers = array() === array_filter(
		$node['values'],
		function ( $choice ) {
			return ! is_int( $choice ) && ! is_float( $choice );
		}
	);
	$expected   = $numbers ? 'the number ' . implode( ', ', array_slice( $words, 0, -1 ) ) . ' or ' . end( $words ) : 'one of ' . implode( ', ', $words );
	$found      = care_level_widgets_describe( $value );
	$suggestion = is_string( $value ) && ! $numbers ? care_level_widgets_closest( $value, $words ) : '';
	$check->add( $path, $expected, $found, $path . ': expected ' . $expected . ', but found ' . $found . $suggestion . '.' );
	return null;
}

/** A URL, phone number or extra row id. */
function care_level_widgets_read_string( $check, $node, $path, $value ) {
	$text = care_level_widgets_read_text( $check, $path, $value, $node['maxLength'], $node['what'] );
	if ( null === $text ) {
		return null;
	}
	$rules    = care_level_widgets_rules();
	$patterns = $rules['patterns'];
	if ( 'url' === $node['format'] ) {
		if ( preg_match( $patterns['url'], $text ) ) {
			return $text;
		}
		// The scheme as a browser reads it, past leading control characters and tabs or newlines anywhere.
		$scheme   = preg_match( $patterns['urlScheme'], (string) preg_replace( '/^[\x00-\x20]+|[\t\n\r]/', '', $text ), $match ) ? strtolower( $match[0] ) : '';
		$expected = 'an http:, https: or mailto: URL, or a path on this site';
		$found    = care_level_widgets_describe( $text );
		$check->add(
			$path,
			$expected,
			$found,
			'' !== $scheme && ! in_array( $scheme, $rules['urlProtocols'], true )
				? $path . ': "' . $scheme . '" links are not allowed; use an http:, https: or mailto: URL (put phone numbers in "phone").'
				: $path . ': expected ' . $expected . ', but found ' . $found . '.'
		);
		return null;
	}
	if ( 'phone' === $node['format'] ) {
		if ( preg_match( $patterns['phone'], $text ) ) {
			return $text;
		}
		$check->add( $path, 'a phone number: at least 3 digits, with only spaces and + - ( ) . between them', care_level_widgets_describe( $text ) );
		return null;
	}
	if ( ! preg_match( $patterns['rowId'], $text ) ) {
		$check->add( $path, 'an id of lowercase letters, digits and hyphens, such as "languages"', care_level_widgets_describe( $text ) );
		return null;
	}
	if ( in_array( $text, $rules['reservedRowIds'], true ) ) {
		$check->add( $path, 'an id no built-in row uses (they are ' . implode( ', ', $rules['reservedRowIds'] ) . ')', care_level_widgets_describe( $text ) );
		return null;
	}
	if ( isset( $check->row_ids[ $text ] ) ) {
		$check->add( $path, 'an id no other extra row uses', '"' . $text . '" again (first at ' . $check->row_ids[ $text ] . ')' );
		return null;
	}
	$check->row_ids[ $text ] = $path;
	return $text;
}

/** A list of at most `maxItems` items; null when it or any item is wrong. */
function care_level_widgets_read_array( $check, $node, $path, $value ) {
	if ( ! is_array( $value ) ) {
		$check->add( $path, $node['expected'], care_level_widgets_describe( $value ) );
		return null;
	}
	if ( count( $value ) > $node['maxItems'] ) {
		$check->add( $path, $node['expected'] . ', with at most ' . $node['maxItems'] . ' items', care_level_widgets_describe( $value ) );
		return null;
	}
	$items = array();
	$seen  = array();
	$valid = true;
	foreach ( array_values( $value ) as $index => $item ) {
		$item_path = $path . '[' . $index . ']';
		$read      = care_level_widgets_read_node( $check, $node['items'], $item_path, $item );
		if ( null === $read ) {
			$valid = false;
			continue;
		}
		$first = null;
		foreach ( $node['uniqueItems'] && ! is_array( $read ) ? $seen : array() as $earlier ) {
			if ( $earlier[0] === $read ) {
				$first = $earlier[1];
				break;
			}
		}
		if ( null !== $first ) {
			$check->add( $item_path, 'each ' . ( 'choice' === $node['items']['kind'] ? 'level id' : 'item' ) . ' once', care_level_widgets_describe( $read ) . ' again (first at ' . $first . ')' );
			$valid = false;
			continue;
		}
		$seen[]  = array( $read, $item_path );
		$items[] = $read;
	}
	if ( ! $valid ) {
		return null;
	}
	if ( count( $items ) < $node['minItems'] ) {
		$choices = 'choice' === $node['items']['kind'] ? implode( ', ', $node['items']['values'] ) : 'item';
		$then    = isset( $node['whenEmpty'] ) ? $node['whenEmpty'] : 'give at least ' . $node['minItems'];
		$check->add( $path, 'at least one of ' . $choices, 'an empty array', $path . ': is empty; ' . $then . '.' );
		return null;
	}
	return $items;
}

/** An object with known keys; null when it is not one or lacks a required key. */
function care_level_widgets_read_known_object( $check, $node, $path, $value ) {
	$entries = care_level_widgets_read_object( $check, $path, $value, array_keys( $node['properties'] ), care_level_widgets_object_expected( $node ), isset( $node['ignored'] ) ? $node['ignored'] : array() );
	if ( null === $entries ) {
		return null;
	}
	$complete = true;
	foreach ( $node['required'] as $key ) {
		if ( ! array_key_exists( $key, $entries ) ) {
			$owner = isset( $node['owner'] ) ? $node['owner'] : 'it';
			$check->add( $path . '.' . $key, 'the key "' . $key . '"', 'nothing', $path . '.' . $key . ': is missing; ' . $owner . ' needs ' . care_level_widgets_join_and( $node['required'] ) . '.' );
			$complete = false;
		}
	}
	$result = array();
	foreach ( $node['properties'] as $key => $property ) {
		if ( ! array_key_exists( $key, $entries ) ) {
			continue;
		}
		$read = care_level_widgets_read_node( $check, $property, care_level_widgets_child_path( $path, $key ), $entries[ $key ] );
		if ( null !== $read ) {
			$result[ $key ] = $read;
		} elseif ( in_array( $key, $node['required'], true ) ) {
			$complete = false;
		}
	}
	return $complete ? $result : null;
}

/** An object keyed by the levels the center offers. */
function care_level_widgets_read_level_map( $check, $node, $path, $value ) {
	$levels  = care_level_widgets_level_ids();
	$list    = implode( ', ', $levels );
	$before  = count( $check->errors ) + $check->dropped;
	$entries = care_level_widgets_read_object( $check, $path, $value, $levels, 'an object keyed by level id (' . $list . ')' );
	if ( null === $entries ) {
		return null;
	}
	$valid = count( $check->errors ) + $check->dropped === $before;
	if ( count( $entries ) < $node['minProperties'] ) {
		if ( $valid ) {
			$check->add( $path, 'text for at least one of ' . $list, 'an empty object' );
		}
		return null;
	}
	$result = array();
	foreach ( $entries as $id => $entry ) {
		$entry_path = $path . '.' . $id;
		if ( null !== $check->offered && ! in_array( $id, $check->offered, true ) ) {
			$check->add( $entry_path, 'a level listed in levels (' . implode( ', ', $check->offered ) . ')', '"' . $id . '", which levels leaves out' );
			$valid = false;
			continue;
		}
		$read = care_level_widgets_read_node( $check, $node['value'], $entry_path, $entry );
		if ( null === $read ) {
			$valid = false;
		} else {
			$result[ $id ] = $read;
		}
	}
	return $valid ? $result : null;
}

/** Reads a value as the schema node describes it; null when it is wrong (the errors say why). */
function care_level_widgets_read_node( $check, $node, $path, $value ) {
	switch ( $node['kind'] ) {
		case 'text':
			return care_level_widgets_read_localized( $check, $path, $value, $node['maxLength'] );
		case 'string':
			return care_level_widgets_read_string( $check, $node, $path, $value );
		case 'choice':
			return care_level_widgets_read_choice( $check, $node, $path, $value );
		case 'object':
			return care_level_widgets_read_known_object( $check, $node, $path, $value );
		case 'level-map':
			return care_level_widgets_read_level_map( $check, $node, $path, $value );
		default:
			return care_level_widgets_read_array( $check, $node, $path, $value );
	}
}

/**
 * Checks a configuration as `validateConfig` does and returns its errors, each `array( 'path', 'expected', 'found',
 * 'message' )`; an empty list means the widgets accept it.
 *
 * @param mixed $config The configuration, as json_decode( $json ) gives it (objects as stdClass).
 * @return array[] The errors.
 */
function care_level_widgets_validate_config( $config ) {
	$rules          = care_level_widgets_rules();
	$schema         = $rules['schema'];
	$check          = new Care_Level_Widgets_Config_Check();
	$check->offered = care_level_widgets_level_ids();
	$entries        = care_level_widgets_read_object( $check, '(root)', $config, array_keys( $schema['properties'] ), care_level_widgets_object_expected( $schema ), $schema['ignored'] );
	if ( null === $entries ) {
		return $check->finish();
	}
	// Each key in the schema's order: levels first, so the others are checked against the levels offered.
	foreach ( $schema['properties'] as $key => $node ) {
		if ( ! array_key_exists( $key, $entries ) ) {
			continue;
		}
		$read = care_level_widgets_read_node( $check, $node, $key, $entries[ $key ] );
		if ( 'levels' === $key ) {
			$check->offered = null === $read ? null : array_values( array_intersect( care_level_widgets_level_ids(), $read ) );
		}
	}
	return $check->finish();
}

/**
 * Decodes configuration JSON as the widgets read it and checks it: `array( $config, $errors )`, `$config` with objects
 * as stdClass. Text that is not JSON is one error at `(root)`, as `parseConfigJson` reports it.
 *
 * @param string $json The JSON text.
 * @return array
 */
function care_level_widgets_parse_config( $json ) {
	$limits = care_level_widgets_limits();
	$length = care_level_widgets_js_length( $json );
	$error  = function ( $expected, $found, $message ) {
		return array(
			null,
			array(
				array(
					'path'     => '(root)',
					'expected' => $expected,
					'found'    => $found,
					'message'  => $message,
				),
			),
		);
	};
	if ( $length > $limits['jsonLength'] ) {
		$expected = 'at most ' . $limits['jsonLength'] . ' characters of JSON';
		return $error( $expected, $length . ' characters', '(root): expected ' . $expected . ', but found ' . $length . ' characters.' );
	}
	$config = json_decode( $json, false );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		$found = json_last_error_msg();
		return $error( 'valid JSON', $found, '(root): the configuration is not valid JSON: ' . $found );
	}
	return array( $config, care_level_widgets_validate_config( $config ) );
}

/**
 * The center's saved configuration, decoded with objects as stdClass; an empty object when none is saved (the
 * elements' defaults apply).
 *
 * @return stdClass
 */
function care_level_widgets_site_config() {
	$json = get_option( CARE_LEVEL_WIDGETS_OPTION, '' );
	if ( ! is_string( $json ) || '' === $json ) {
		return new stdClass();
	}
	$config = json_decode( $json, false );
	return $config instanceof stdClass ? $config : new stdClass();
}
