<?php
/**
 * The center's configuration: the CareConfig JSON the elements read, checked with the essential rules of the
 * library's `validateConfig` (src/config/validate.ts) so a mistake is reported when the settings are saved,
 * with the same paths and wording the browser console would use.
 *
 * @package CareLevelWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The level ids the elements know, most intensive first. */
function care_level_widgets_level_ids() {
	return array( 'inpatient', 'php', 'iop', 'outpatient' );
}

/** The limits of `configLimits` in src/config/limits.ts. */
function care_level_widgets_limits() {
	return array(
		'textLength'  => 500,
		'labelLength' => 80,
		'urlLength'   => 2000,
		'phoneLength' => 30,
		'jsonLength'  => 200000,
	);
}

/** A short description of a value for an error message, like `describeValue`: `"detox"`, `a number (42)`. */
function care_level_widgets_describe( $value ) {
	if ( null === $value ) {
		return 'null';
	}
	if ( is_string( $value ) ) {
		$length = function_exists( 'mb_strlen' ) ? mb_strlen( $value ) : strlen( $value );
		if ( $length > 40 ) {
			$start = function_exists( 'mb_substr' ) ? mb_substr( $value, 0, 40 ) : substr( $value, 0, 40 );
			return 'a string of ' . $length . ' characters (' . wp_json_encode( $start ) . '…)';
		}
		return wp_json_encode( $value );
	}
	if ( is_bool( $value ) ) {
		return 'a boolean (' . ( $value ? 'true' : 'false' ) . ')';
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		return 'a number (' . $value . ')';
	}
	if ( is_array( $value ) ) {
		if ( array() === $value || array_keys( $value ) === range( 0, count( $value ) - 1 ) ) {
			return 1 === count( $value ) ? 'an array of 1 item' : 'an array of ' . count( $value ) . ' items';
		}
		return 'an object';
	}
	return 'a value of another kind';
}

/** Whether `$value` is a JSON object (an associative array, or an empty one). */
function care_level_widgets_is_object( $value ) {
	return is_array( $value ) && ( array() === $value || array_keys( $value ) !== range( 0, count( $value ) - 1 ) );
}

/**
 * Checks a decoded CareConfigInput (levels, edition, programs, contact) and returns the list of errors, each
 * `array( 'path' => …, 'message' => … )`; an empty list means valid. Known level ids; each once; phones with digits;
 * http(s) and mailto URLs only (phones go in `phone`, which becomes a tel: link); the length limits of `configLimits`.
 *
 * @param mixed $config The decoded JSON.
 * @return array[] The errors.
 */
function care_level_widgets_validate_config( $config ) {
	$errors = array();
	$add    = function ( $path, $expected, $found, $message = null ) use ( &$errors ) {
		$errors[] = array(
			'path'    => $path,
			'message' => null !== $message ? $message : $path . ': expected ' . $expected . ', but found ' . $found . '.',
		);
	};
	$levels = care_level_widgets_level_ids();
	$list   = implode( ', ', $levels );

	if ( ! care_level_widgets_is_object( $config ) ) {
		$add( '(root)', 'an object with any of the keys levels, edition, programs, contact', care_level_widgets_describe( $config ) );
		return $errors;
	}
	// "$schema" points an editor at dist/care-config.schema.json; the widgets ignore it, as validateConfig does.
	foreach ( array_keys( $config ) as $key ) {
		if ( ! in_array( $key, array( 'levels', 'edition', 'programs', 'contact', 'extraRows', '$schema' ), true ) ) {
			$add( (string) $key, '', '', $key . ': "' . $key . '" is not a known key here; expected one of the keys levels, edition, programs, contact, extraRows.' );
		}
	}

	$offered = $levels;
	if ( array_key_exists( 'levels', $config ) ) {
		$value = $config['levels'];
		if ( ! is_array( $value ) || care_level_widgets_is_object( $value ) && array() !== $value ) {
			$add( 'levels', 'an array of level ids (' . $list . ')', care_level_widgets_describe( $value ) );
		} elseif ( array() === $value ) {
			$add( 'levels', '', '', 'levels: is empty; list at least one level the center offers.' );
		} else {
			$seen = array();
			foreach ( $value as $index => $id ) {
				$path = 'levels[' . $index . ']';
				if ( ! is_string( $id ) || ! in_array( $id, $levels, true ) ) {
					$add( $path, 'one of ' . $list, care_level_widgets_describe( $id ) );
				} elseif ( isset( $seen[ $id ] ) ) {
					$add( $path, 'each level id once', '"' . $id . '" again (first at ' . $seen[ $id ] . ')' );
				} else {
					$seen[ $id ] = $path;
				}
			}
			$offered = array_keys( $seen );
		}
	}

	if ( array_key_exists( 'edition', $config ) && 3 !== $config['edition'] && 4 !== $config['edition'] ) {
		$add( 'edition', 'the number 3 or 4', care_level_widgets_describe( $config['edition'] ) );
	}

	if ( array_key_exists( 'programs', $config ) ) {
		$programs = $config['programs'];
		if ( ! care_level_widgets_is_object( $programs ) ) {
			$add( 'programs', 'an object keyed by level id (' . $list . ')', care_level_widgets_describe( $programs ) );
		} else {
			foreach ( $programs as $id => $program ) {
				$path = 'programs.' . $id;
				if ( ! in_array( $id, $levels, true ) ) {
					$add( $path, '', '', $path . ': "' . $id . '" is not a known key here; expected one of the keys ' . $list . '.' );
					continue;
				}
				if ( ! in_array( $id, $offered, true ) ) {
					$add( $path, 'a level listed in levels (' . implode( ', ', $offered ) . ')', '"' . $id . '", which levels leaves out' );
				}
				care_level_widgets_validate_contact( $program, $path, array( 'hours', 'length', 'insurance', 'notes' ), $add );
			}
		}
	}

	if ( array_key_exists( 'contact', $config ) ) {
		care_level_widgets_validate_contact( $config['contact'], 'contact', array(), $add );
	}

	if ( array_key_exists( 'extraRows', $config ) && ! is_array( $config['extraRows'] ) ) {
		$add( 'extraRows', 'an array of rows, each with id, label and cells', care_level_widgets_describe( $config['extraRows'] ) );
	}
	return $errors;
}

/**
 * Checks a contact (`phone`, `url`, `label`) or a program (a contact plus the `$texts` keys).
 *
 * @param mixed    $value The contact or program.
 * @param string   $path  Where it is, such as `programs.iop`.
 * @param string[] $texts The text keys a program adds.
 * @param callable $add   Records an error.
 */
function care_level_widgets_validate_contact( $value, $path, $texts, $add ) {
	$keys = array_merge( $texts, array( 'phone', 'url', 'label' ) );
	if ( ! care_level_widgets_is_object( $value ) ) {
		$add( $path, 'an object with any of the keys ' . implode( ', ', $keys ), care_level_widgets_describe( $value ) );
		return;
	}
	$limits = care_level_widgets_limits();
	foreach ( $value as $key => $entry ) {
		$key_path = $path . '.' . $key;
		if ( ! in_array( $key, $keys, true ) ) {
			$add( $key_path, '', '', $key_path . ': "' . $key . '" is not a known key here; expected one of the keys ' . implode( ', ', $keys ) . '.' );
		} elseif ( 'phone' === $key ) {
			if ( care_level_widgets_check_text( $entry, $key_path, $limits['phoneLength'], 'a phone number', $add ) ) {
				$digits = strlen( preg_replace( '/\D/', '', $entry ) );
				if ( ! preg_match( '/^[\d\s+\-().]+$/', trim( $entry ) ) || $digits < 3 ) {
					$add( $key_path, 'a phone number: at least 3 digits, with only spaces and + - ( ) . between them', care_level_widgets_describe( $entry ) );
				}
			}
		} elseif ( 'url' === $key ) {
			if ( care_level_widgets_check_text( $entry, $key_path, $limits['urlLength'], 'a URL', $add ) ) {
				$scheme = care_level_widgets_url_scheme( trim( $entry ) );
				if ( ! in_array( $scheme, array( 'http', 'https', 'mailto', '' ), true ) ) {
					$add( $key_path, '', '', $key_path . ': "' . $scheme . ':" links are not allowed; use an http:, https: or mailto: URL (put phone numbers in "phone").' );
				}
			}
		} elseif ( 'label' === $key ) {
			care_level_widgets_check_localized( $entry, $key_path, $limits['labelLength'], $add );
		} else {
			care_level_widgets_check_localized( $entry, $key_path, $limits['textLength'], $add );
		}
	}
}

/** A URL's scheme in lowercase, as a browser reads it (tabs and newlines ignored); '' for a relative URL. */
function care_level_widgets_url_scheme( $url ) {
	$url = preg_replace( '/[\x00-\x20]/', '', $url );
	if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', $url, $match ) ) {
		return strtolower( $match[1] );
	}
	return '';
}

/** Checks a non-empty string of at most `$max` characters; true when it is one. */
function care_level_widgets_check_text( $value, $path, $max, $what, $add ) {
	$expected = $what . ' of at most ' . $max . ' characters';
	if ( ! is_string( $value ) ) {
		$add( $path, $expected, care_level_widgets_describe( $value ) );
		return false;
	}
	$text   = trim( $value );
	$length = function_exists( 'mb_strlen' ) ? mb_strlen( $text ) : strlen( $text );
	if ( '' === $text ) {
		$add( $path, '', '', $path . ': is empty; give the text or leave the key out.' );
		return false;
	}
	if ( $length > $max ) {
		$add( $path, '', '', $path . ': is ' . $length . ' characters long; the limit is ' . $max . '. Shorten it or link to a page instead.' );
		return false;
	}
	return true;
}

/** Checks text given once for every language, or as `{ "en": "…", "es": "…" }`. */
function care_level_widgets_check_localized( $value, $path, $max, $add ) {
	if ( is_string( $value ) ) {
		care_level_widgets_check_text( $value, $path, $max, 'text', $add );
		return;
	}
	if ( ! care_level_widgets_is_object( $value ) ) {
		$add( $path, 'text: a string, or an object with "en" and "es" strings', care_level_widgets_describe( $value ) );
		return;
	}
	$names = array(
		'en' => 'English',
		'es' => 'Spanish',
	);
	foreach ( $value as $key => $entry ) {
		if ( ! isset( $names[ $key ] ) ) {
			$add( $path . '.' . $key, '', '', $path . '.' . $key . ': "' . $key . '" is not a known key here; expected one of the keys en, es.' );
		}
	}
	foreach ( $names as $language => $name ) {
		if ( ! array_key_exists( $language, $value ) ) {
			$add( $path . '.' . $language, '', '', $path . '.' . $language . ': the ' . $name . ' text is missing; give both "en" and "es", or one plain string for both.' );
		} else {
			care_level_widgets_check_text( $value[ $language ], $path . '.' . $language, $max, $name . ' text', $add );
		}
	}
}

/**
 * The center's saved configuration, decoded; an empty array when none is saved (the elements' defaults apply).
 *
 * @return array
 */
function care_level_widgets_site_config() {
	$json = get_option( CARE_LEVEL_WIDGETS_OPTION, '' );
	if ( ! is_string( $json ) || '' === $json ) {
		return array();
	}
	$config = json_decode( $json, true );
	return care_level_widgets_is_object( $config ) ? $config : array();
}
